package org.ctphub.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every configuration key of the hub, in one place; {@code docs/configuration.md} documents each.
 * The database keys are read by the data source definition itself and are listed here so that
 * the names live in one file.
 */
@ApplicationScoped
public class HubSettings {

    /** JDBC URL of the MariaDB database (env {@code CTPHUB_DB_URL}). */
    public static final String DB_URL = "ctphub.db.url";
    /** Database user (env {@code CTPHUB_DB_USER}). */
    public static final String DB_USER = "ctphub.db.user";
    /** Database password (env {@code CTPHUB_DB_PASSWORD}). */
    public static final String DB_PASSWORD = "ctphub.db.password";
    /** Seed the demo network at start-up (env {@code CTPHUB_DEMO_SEED}); never in production. */
    public static final String DEMO_SEED = "ctphub.demo.seed";
    /** Seconds between retries when the schema could not be migrated at start-up (env {@code CTPHUB_MIGRATION_RETRY_SECONDS}). */
    public static final String MIGRATION_RETRY_SECONDS = "ctphub.migration.retry-seconds";

    /** Keycloak's base URL, e.g. {@code http://127.0.0.1:8180} (env {@code CTPHUB_KEYCLOAK_URL}). */
    public static final String KEYCLOAK_URL = "ctphub.keycloak.url";
    /** The hub's realm (env {@code CTPHUB_KEYCLOAK_REALM}). */
    public static final String KEYCLOAK_REALM = "ctphub.keycloak.realm";
    /** The service-account client that manages partnership groups (env {@code CTPHUB_KEYCLOAK_ADMIN_CLIENT_ID}). */
    public static final String KEYCLOAK_ADMIN_CLIENT_ID = "ctphub.keycloak.admin-client-id";
    /** Its secret (env {@code CTPHUB_KEYCLOAK_ADMIN_CLIENT_SECRET}); never in git outside the dev realm. */
    public static final String KEYCLOAK_ADMIN_CLIENT_SECRET = "ctphub.keycloak.admin-client-secret";
    /** The OpenID provider for page sign-in (env {@code CTPHUB_OIDC_PROVIDER_URI}). */
    public static final String OIDC_PROVIDER_URI = "ctphub.oidc.provider-uri";
    /** The pages' client (env {@code CTPHUB_OIDC_CLIENT_ID}). */
    public static final String OIDC_CLIENT_ID = "ctphub.oidc.client-id";
    /** Its secret (env {@code CTPHUB_OIDC_CLIENT_SECRET}). */
    public static final String OIDC_CLIENT_SECRET = "ctphub.oidc.client-secret";

    @Inject
    @ConfigProperty(name = KEYCLOAK_URL, defaultValue = "http://127.0.0.1:8180")
    String keycloakUrl;

    @Inject
    @ConfigProperty(name = KEYCLOAK_REALM, defaultValue = "ctp-hub")
    String keycloakRealm;

    @Inject
    @ConfigProperty(name = KEYCLOAK_ADMIN_CLIENT_ID, defaultValue = "ctphub-admin")
    String keycloakAdminClientId;

    @Inject
    @ConfigProperty(name = KEYCLOAK_ADMIN_CLIENT_SECRET)
    Optional<String> keycloakAdminClientSecret;

    @Inject
    @ConfigProperty(name = DEMO_SEED, defaultValue = "false")
    boolean demoSeed;

    @Inject
    @ConfigProperty(name = MIGRATION_RETRY_SECONDS, defaultValue = "15")
    int migrationRetrySeconds;

    public boolean demoSeed() {
        return demoSeed;
    }

    public int migrationRetrySeconds() {
        return migrationRetrySeconds;
    }

    public String keycloakUrl() {
        return keycloakUrl.endsWith("/") ? keycloakUrl.substring(0, keycloakUrl.length() - 1) : keycloakUrl;
    }

    public String keycloakRealm() {
        return keycloakRealm;
    }

    public String keycloakAdminClientId() {
        return keycloakAdminClientId;
    }

    public String keycloakAdminClientSecret() {
        return keycloakAdminClientSecret.orElse("");
    }
}
