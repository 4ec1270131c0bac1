package org.ctphub.application.tenancy;

/**
 * Tenant-owned data was touched with no partnership selected. This is a programming error, never
 * a user's: the hub fails closed rather than guess.
 */
public class NoPartnershipSelectedException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public NoPartnershipSelectedException() {
        super("No partnership is selected for this work; tenant-owned data cannot be read or written");
    }
}
