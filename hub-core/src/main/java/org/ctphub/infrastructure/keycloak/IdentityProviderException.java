package org.ctphub.infrastructure.keycloak;

import org.ctphub.domain.shared.Refusal;
import org.ctphub.domain.shared.UnavailableException;

/**
 * Keycloak did not do what the hub asked; the work that needed it is rolled back. The message
 * shown to people stays generic; the detail goes to the log with the cause.
 */
public class IdentityProviderException extends UnavailableException {

    private static final long serialVersionUID = 1L;

    private final String detail;

    public IdentityProviderException(String detail) {
        super(Refusal.of("identity.unavailable"));
        this.detail = detail;
    }

    public IdentityProviderException(String detail, Throwable cause) {
        super(Refusal.of("identity.unavailable"), cause);
        this.detail = detail;
    }

    /** What went wrong, for the log only. */
    public String detail() {
        return detail;
    }

    @Override
    public String toString() {
        return super.toString() + " (" + detail + ")";
    }
}
