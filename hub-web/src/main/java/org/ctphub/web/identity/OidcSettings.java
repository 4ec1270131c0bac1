package org.ctphub.web.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.ctphub.infrastructure.config.HubSettings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Page sign-in settings, named for the expressions in {@link PageSignIn}. */
@Named
@ApplicationScoped
public class OidcSettings {

    @Inject
    @ConfigProperty(name = HubSettings.OIDC_PROVIDER_URI, defaultValue = "http://127.0.0.1:8180/realms/ctp-hub")
    String providerUri;

    @Inject
    @ConfigProperty(name = HubSettings.OIDC_CLIENT_ID, defaultValue = "ctphub-web")
    String clientId;

    @Inject
    @ConfigProperty(name = HubSettings.OIDC_CLIENT_SECRET)
    Optional<String> clientSecret;

    public String getProviderUri() {
        return providerUri;
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecret() {
        return clientSecret.orElse("");
    }
}
