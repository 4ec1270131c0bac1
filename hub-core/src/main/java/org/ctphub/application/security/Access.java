package org.ctphub.application.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;
import org.ctphub.application.tenancy.CurrentPartnership;
import org.ctphub.domain.partnership.PartnershipSlug;
import org.ctphub.domain.shared.ForbiddenException;
import org.ctphub.domain.shared.Refusal;
import org.ctphub.domain.shared.UnauthenticatedException;
import org.ctphub.domain.shared.Visibility;

/**
 * What the current caller may read and do in the current partnership. Reading follows
 * visibility: members and the central team read everything, other signed-in people what is
 * visible to the network, everyone what is public. Writing needs membership and a role.
 */
@ApplicationScoped
public class Access {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    CurrentPartnership currentPartnership;

    public Caller caller() {
        return currentCaller.get();
    }

    /** The visibilities of tenant-owned records the caller may read in the current partnership. */
    public Set<Visibility> readableVisibilities() {
        Caller caller = caller();
        if (!caller.isSignedIn()) {
            return EnumSet.of(Visibility.PUBLIC);
        }
        if (isMemberOrCentralTeam(caller, currentPartnership.require().slug())) {
            return EnumSet.allOf(Visibility.class);
        }
        return EnumSet.of(Visibility.NETWORK, Visibility.PUBLIC);
    }

    /**
     * Requires the caller to be a member of the current partnership with one of the given roles.
     *
     * @throws UnauthenticatedException when nobody is signed in
     * @throws ForbiddenException when the caller is not a member, or lacks every one of the roles
     */
    public Caller requireMember(Role first, Role... others) {
        Caller caller = caller();
        if (!caller.isSignedIn()) {
            throw new UnauthenticatedException();
        }
        if (!caller.isMemberOf(currentPartnership.require().slug())) {
            throw new ForbiddenException(Refusal.of("access.members-only"));
        }
        if (!caller.has(first) && EnumSet.of(first, others).stream().noneMatch(caller::has)) {
            throw new ForbiddenException(Refusal.of("access.role"));
        }
        return caller;
    }

    /** Requires the central team's role, for work across the network. */
    public Caller requireCentralTeam() {
        Caller caller = caller();
        if (!caller.isSignedIn()) {
            throw new UnauthenticatedException();
        }
        if (!caller.has(Role.CENTRAL_TEAM)) {
            throw new ForbiddenException(Refusal.of("access.central-team"));
        }
        return caller;
    }

    /**
     * Whether the caller may open the current partnership's workspace: its tech advisors and
     * organisers, and the central team.
     */
    public boolean canWorkIn() {
        Caller caller = caller();
        if (!caller.isSignedIn()) {
            return false;
        }
        if (caller.has(Role.CENTRAL_TEAM)) {
            return true;
        }
        return caller.isMemberOf(currentPartnership.require().slug())
                && (caller.has(Role.TECH_ADVISOR) || caller.has(Role.ORGANISER));
    }

    /** Members read their own partnership; the central team reads every one. */
    public boolean canReadEverything(PartnershipSlug partnership) {
        return isMemberOrCentralTeam(caller(), partnership);
    }

    private static boolean isMemberOrCentralTeam(Caller caller, PartnershipSlug partnership) {
        return caller.has(Role.CENTRAL_TEAM) || caller.isMemberOf(partnership);
    }
}
