package org.ctphub.application.security;

import org.ctphub.application.tenancy.CurrentPartnership;

/** Builds the real {@link Access} rules for tests of services in other packages. */
public final class TestAccess {

    private TestAccess() {}

    public static Access of(CurrentCaller caller, CurrentPartnership partnership) {
        Access access = new Access();
        access.currentCaller = caller;
        access.currentPartnership = partnership;
        return access;
    }
}
