package org.ctphub.domain.partnership;

/** Where a partnership is in its life. Only onboarding partnerships are hidden from the public. */
public enum PartnershipStatus {
    ONBOARDING,
    ACTIVE,
    PAUSED,
    CLOSED;

    public boolean isPubliclyListed() {
        return this != ONBOARDING;
    }
}
