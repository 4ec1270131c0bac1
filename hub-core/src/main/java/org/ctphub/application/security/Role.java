package org.ctphub.application.security;

import java.util.Optional;

/** The hub's roles, as the identity provider names them in the token's {@code groups} claim. */
public enum Role {
    CENTRAL_TEAM("central-team"),
    TECH_ADVISOR("tech-advisor"),
    ORGANISER("organiser");

    private final String claimValue;

    Role(String claimValue) {
        this.claimValue = claimValue;
    }

    public String claimValue() {
        return claimValue;
    }

    public static Optional<Role> fromClaim(String value) {
        for (Role role : values()) {
            if (role.claimValue.equals(value)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
