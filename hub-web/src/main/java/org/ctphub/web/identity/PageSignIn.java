package org.ctphub.web.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;

/**
 * Sign-in for pages through the hub's Keycloak realm (OpenID Connect, authorisation code flow).
 * The values come from MicroProfile Config through {@link OidcSettings}, so that environment
 * variables set them; the session starts only when someone signs in. Keycloak sends people back
 * to {@link SignedInServlet}, which takes them where they were going (see {@link SignIn}).
 */
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${oidcSettings.providerUri}",
        clientId = "${oidcSettings.clientId}",
        clientSecret = "${oidcSettings.clientSecret}",
        redirectURI = "${baseURL}" + PageSignIn.CALLBACK,
        redirectToOriginalResource = false,
        scope = {"openid", "profile", "email"},
        claimsDefinition = @ClaimsDefinition(callerGroupsClaim = VerifiedCallers.ROLES_CLAIM),
        // Signing out of the hub signs out of Keycloak too (with the id token as the hint), then
        // comes back to the home page; see SignOutServlet.
        logout = @LogoutDefinition(notifyProvider = true, redirectURI = "${baseURL}/"))
@ApplicationScoped
public class PageSignIn {

    /** Where Keycloak sends people back after they sign in. */
    public static final String CALLBACK = "/signed-in";
}
