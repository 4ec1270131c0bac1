package org.ctphub.api;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

@ApplicationPath("/api")
@ApplicationScoped
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({"central-team", "tech-advisor", "organiser"})
@OpenAPIDefinition(
        info =
                @Info(
                        title = "CTP Hub API",
                        version = "1",
                        description =
                                "The hub of a network of Community Technology Partnerships: partnerships, their problem "
                                        + "registers, co-design sessions and solutions, and forks of each other's "
                                        + "solutions. Paths under /v1/partnerships/{slug} work in that "
                                        + "partnership only. Reads need no token and show what is public; with a bearer token "
                                        + "from the hub's Keycloak realm a caller reads and does what their role and "
                                        + "partnerships allow. Every error is RFC 9457 problem details "
                                        + "(application/problem+json); errors names the fields or parameters to change.",
                        license =
                                @License(
                                        name = "AGPL-3.0-or-later",
                                        url = "https://www.gnu.org/licenses/agpl-3.0.html")))
@SecurityScheme(
        securitySchemeName = HubApi.BEARER,
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        bearerFormat = "JWT",
        description = "An access token from the hub's Keycloak realm (audience ctphub-api); docs/keycloak.md shows "
                + "how to get one")
// A CDI bean on purpose: Payara only sees @LoginConfig, and so only turns MP-JWT on, on a bean.
public class HubApi extends Application {

    /** The security scheme of the document: operations that need a token name it, reads name it as optional. */
    public static final String BEARER = "bearer";
}
