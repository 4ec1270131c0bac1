package org.ctphub.application.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.Set;
import org.ctphub.application.tenancy.CurrentPartnership;
import org.ctphub.application.tenancy.PartnershipRef;
import org.ctphub.domain.partnership.PartnershipSlug;
import org.ctphub.domain.shared.ForbiddenException;
import org.ctphub.domain.shared.UnauthenticatedException;
import org.ctphub.domain.shared.Visibility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccessTest {

    private static final PartnershipSlug A = new PartnershipSlug("hulme-moss-side");
    private static final PartnershipSlug B = new PartnershipSlug("torbay");

    private final Access access = new Access();

    @BeforeEach
    void inPartnershipA() {
        access.currentCaller = new CurrentCaller();
        access.currentPartnership = new CurrentPartnership();
        access.currentPartnership.resolve(new PartnershipRef(1L, A));
    }

    private void callerIs(Set<Role> roles, PartnershipSlug... partnerships) {
        access.currentCaller.identify(Caller.signedIn("sub-1", "Someone", roles, Set.of(partnerships)));
    }

    @Test
    void anonymousReadsPublicOnly() {
        assertEquals(EnumSet.of(Visibility.PUBLIC), access.readableVisibilities());
    }

    @Test
    void membersAndTheCentralTeamReadEverything() {
        callerIs(Set.of(Role.ORGANISER), A);
        assertEquals(EnumSet.allOf(Visibility.class), access.readableVisibilities());
        callerIs(Set.of(Role.CENTRAL_TEAM));
        assertEquals(EnumSet.allOf(Visibility.class), access.readableVisibilities());
    }

    @Test
    void membersOfAnotherPartnershipReadWhatTheNetworkMay() {
        callerIs(Set.of(Role.TECH_ADVISOR), B);
        assertEquals(EnumSet.of(Visibility.NETWORK, Visibility.PUBLIC), access.readableVisibilities());
    }

    @Test
    void writingNeedsSignInMembershipAndRole() {
        assertThrows(UnauthenticatedException.class, () -> access.requireMember(Role.TECH_ADVISOR));
        callerIs(Set.of(Role.TECH_ADVISOR), B);
        assertThrows(ForbiddenException.class, () -> access.requireMember(Role.TECH_ADVISOR));
        callerIs(Set.of(Role.ORGANISER), A);
        assertThrows(ForbiddenException.class, () -> access.requireMember(Role.TECH_ADVISOR));
        callerIs(Set.of(Role.CENTRAL_TEAM));
        assertThrows(ForbiddenException.class, () -> access.requireMember(Role.TECH_ADVISOR));
        callerIs(Set.of(Role.TECH_ADVISOR), A, B);
        assertSame(access.caller(), access.requireMember(Role.TECH_ADVISOR));
        callerIs(Set.of(Role.ORGANISER), A);
        assertSame(access.caller(), access.requireMember(Role.TECH_ADVISOR, Role.ORGANISER));
    }

    @Test
    void networkWorkNeedsTheCentralTeam() {
        assertThrows(UnauthenticatedException.class, access::requireCentralTeam);
        callerIs(Set.of(Role.TECH_ADVISOR), A);
        assertThrows(ForbiddenException.class, access::requireCentralTeam);
        callerIs(Set.of(Role.CENTRAL_TEAM));
        assertSame(access.caller(), access.requireCentralTeam());
    }
}
