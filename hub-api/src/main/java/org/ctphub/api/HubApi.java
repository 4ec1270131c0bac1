package org.ctphub.api;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;

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
                                        + "registers and the shared solution library. Paths under /v1/partnerships/{slug} work in that "
                                        + "partnership only; errors are RFC 9457 problem details.",
                        license =
                                @License(
                                        name = "AGPL-3.0-or-later",
                                        url = "https://www.gnu.org/licenses/agpl-3.0.html")))
// A CDI bean on purpose: Payara only sees @LoginConfig, and so only turns MP-JWT on, on a bean.
public class HubApi extends Application {}
