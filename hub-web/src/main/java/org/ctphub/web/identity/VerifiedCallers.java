package org.ctphub.web.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.identitystore.openid.JwtClaims;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.security.Principal;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ctphub.application.security.Caller;
import org.ctphub.application.security.CallerSource;
import org.ctphub.application.security.Role;
import org.ctphub.domain.partnership.PartnershipSlug;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Turns the principal the container verified into the hub's caller: a MicroProfile JWT on the API,
 * an OpenID Connect sign-in on pages. Roles come from the {@code groups} claim and memberships
 * from the {@code partnerships} claim (group paths under {@code /partnerships/}); values the hub
 * does not know are ignored, never trusted.
 */
@ApplicationScoped
public class VerifiedCallers implements CallerSource {

    /** The claim listing the caller's groups by full path; partnerships are {@value #PARTNERSHIP_GROUPS}{slug}. */
    public static final String PARTNERSHIPS_CLAIM = "partnerships";

    /**
     * Only groups under this parent are partnerships: a group of the same name elsewhere in the
     * realm ({@code /staff/torbay}) grants nothing.
     */
    static final String PARTNERSHIP_GROUPS = "/partnerships/";

    /** The claim listing the caller's realm roles. */
    public static final String ROLES_CLAIM = "groups";

    @Inject
    SecurityContext securityContext;

    @Inject
    Instance<OpenIdContext> openIdContext;

    @Override
    public Caller identify() {
        Principal principal = securityContext.getCallerPrincipal();
        if (principal == null) {
            return Caller.anonymous();
        }
        if (principal instanceof JsonWebToken token) {
            return fromToken(token);
        }
        if (openIdContext.isResolvable()) {
            return fromOpenId(openIdContext.get());
        }
        return Caller.anonymous();
    }

    static Caller fromToken(JsonWebToken token) {
        Object partnerships = token.getClaim(PARTNERSHIPS_CLAIM);
        String name = token.getClaim("name");
        return Caller.signedIn(
                token.getSubject(),
                name != null ? name : token.getClaim("preferred_username"),
                roles(Optional.ofNullable(token.getGroups()).orElse(Set.of())),
                slugs(partnerships instanceof Collection<?> values ? values : List.of()));
    }

    static Caller fromOpenId(OpenIdContext context) {
        JwtClaims claims = context.getIdentityToken().getJwtClaims();
        String name = claims.getStringClaim("name")
                .orElseGet(() -> claims.getStringClaim("preferred_username").orElse(context.getSubject()));
        return Caller.signedIn(
                context.getSubject(),
                name,
                roles(claims.getArrayStringClaim(ROLES_CLAIM)),
                slugs(claims.getArrayStringClaim(PARTNERSHIPS_CLAIM)));
    }

    private static Set<Role> roles(Collection<String> values) {
        Set<Role> roles = new LinkedHashSet<>();
        values.forEach(value -> Role.fromClaim(value).ifPresent(roles::add));
        return roles;
    }

    static Set<PartnershipSlug> slugs(Collection<?> values) {
        Set<PartnershipSlug> slugs = new LinkedHashSet<>();
        for (Object value : values) {
            // MP-JWT hands JSON strings over with their quotes.
            String path = String.valueOf(value).replace("\"", "");
            if (!path.startsWith(PARTNERSHIP_GROUPS)) {
                continue;
            }
            String slug = path.substring(PARTNERSHIP_GROUPS.length());
            if (PartnershipSlug.isValid(slug)) {
                slugs.add(new PartnershipSlug(slug));
            }
        }
        return slugs;
    }
}
