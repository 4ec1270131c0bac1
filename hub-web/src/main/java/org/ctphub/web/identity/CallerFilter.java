package org.ctphub.web.identity;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.ctphub.application.security.Caller;
import org.ctphub.application.security.CurrentCaller;
import org.ctphub.application.security.Role;
import org.ctphub.domain.partnership.PartnershipSlug;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Identifies the caller from the principal the container has already verified (a MicroProfile
 * JWT for the API). Roles come from the token's {@code groups} claim and memberships from its
 * {@code partnerships} claim; anything unexpected in them is ignored rather than trusted. Its place
 * among the other filters does not matter: none of them reads the caller.
 */
@WebFilter(filterName = "caller", urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class CallerFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The claim that lists the caller's partnerships by slug (Keycloak group names). */
    public static final String PARTNERSHIPS_CLAIM = "partnerships";

    @Inject
    transient CurrentCaller currentCaller;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal principal = request.getUserPrincipal();
        if (principal instanceof JsonWebToken token && token.getSubject() != null) {
            currentCaller.identify(fromToken(token));
        }
        chain.doFilter(request, response);
    }

    static Caller fromToken(JsonWebToken token) {
        Set<Role> roles = new LinkedHashSet<>();
        Optional.ofNullable(token.getGroups()).orElse(Set.of()).forEach(group -> Role.fromClaim(group)
                .ifPresent(roles::add));
        Set<PartnershipSlug> partnerships = new LinkedHashSet<>();
        Object claim = token.getClaim(PARTNERSHIPS_CLAIM);
        if (claim instanceof Collection<?> values) {
            for (Object value : values) {
                String slug = String.valueOf(value).replace("\"", "");
                if (PartnershipSlug.isValid(slug)) {
                    partnerships.add(new PartnershipSlug(slug));
                }
            }
        }
        String name = token.getClaim("name");
        if (name == null) {
            name = token.getClaim("preferred_username");
        }
        return Caller.signedIn(token.getSubject(), name, roles, partnerships);
    }
}
