package org.ctphub.application.security;

import java.util.Objects;
import java.util.Set;
import org.ctphub.domain.partnership.PartnershipSlug;

/**
 * The person (or system) behind a request. Roles and partnership memberships come from the
 * signed token only; nothing a client sends otherwise can widen them.
 */
public record Caller(String subject, String displayName, Set<Role> roles, Set<PartnershipSlug> partnerships) {

    private static final Caller ANONYMOUS = new Caller(null, "anonymous", Set.of(), Set.of());

    public Caller {
        roles = Set.copyOf(roles);
        partnerships = Set.copyOf(partnerships);
    }

    public static Caller anonymous() {
        return ANONYMOUS;
    }

    public static Caller signedIn(
            String subject, String displayName, Set<Role> roles, Set<PartnershipSlug> partnerships) {
        Objects.requireNonNull(subject, "subject");
        return new Caller(
                subject, displayName == null || displayName.isBlank() ? subject : displayName, roles, partnerships);
    }

    /** The hub itself acting in one partnership, e.g. seeding demo data; audited under its own name. */
    public static Caller system(String task, PartnershipSlug partnership) {
        return new Caller("system:" + task, "CTP Hub (" + task + ")", Set.of(Role.TECH_ADVISOR), Set.of(partnership));
    }

    /** The hub itself acting for the whole network, e.g. registering the demo partnerships. */
    public static Caller system(String task) {
        return new Caller("system:" + task, "CTP Hub (" + task + ")", Set.of(Role.CENTRAL_TEAM), Set.of());
    }

    public boolean isSignedIn() {
        return subject != null;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isMemberOf(PartnershipSlug partnership) {
        return partnerships.contains(partnership);
    }
}
