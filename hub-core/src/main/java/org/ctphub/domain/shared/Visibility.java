package org.ctphub.domain.shared;

/** Who may read a tenant-owned record. The safest choice is the default. */
public enum Visibility {
    /** Only members of the partnership that owns it. */
    PARTNERSHIP,
    /** Signed-in members of any partnership in the network. */
    NETWORK,
    /** Anyone, without signing in. */
    PUBLIC;

    public static Visibility defaultVisibility() {
        return PARTNERSHIP;
    }
}
