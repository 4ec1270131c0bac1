package org.ctphub.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.ctphub.application.ratelimit.Allowance;
import org.ctphub.application.ratelimit.RateLimit;
import org.ctphub.application.ratelimit.RateLimitSettings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every configuration key of the hub, in one place; {@code docs/configuration.md} documents each.
 * The database keys are read by the data source definition itself and are listed here so that
 * the names live in one file.
 */
@ApplicationScoped
public class HubSettings implements RateLimitSettings {

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

    /** Searches one caller may make at once (env {@code CTPHUB_RATE_LIMIT_SEARCH_BURST}). */
    public static final String RATE_LIMIT_SEARCH_BURST = "ctphub.rate-limit.search.burst";
    /** Searches a minute after that (env {@code CTPHUB_RATE_LIMIT_SEARCH_PER_MINUTE}). */
    public static final String RATE_LIMIT_SEARCH_PER_MINUTE = "ctphub.rate-limit.search.per-minute";
    /** Forks one caller may make at once (env {@code CTPHUB_RATE_LIMIT_FORK_BURST}). */
    public static final String RATE_LIMIT_FORK_BURST = "ctphub.rate-limit.fork.burst";
    /** Forks a minute after that (env {@code CTPHUB_RATE_LIMIT_FORK_PER_MINUTE}). */
    public static final String RATE_LIMIT_FORK_PER_MINUTE = "ctphub.rate-limit.fork.per-minute";
    /** Exports one caller may make at once (env {@code CTPHUB_RATE_LIMIT_EXPORT_BURST}). */
    public static final String RATE_LIMIT_EXPORT_BURST = "ctphub.rate-limit.export.burst";
    /** Exports a minute after that (env {@code CTPHUB_RATE_LIMIT_EXPORT_PER_MINUTE}). */
    public static final String RATE_LIMIT_EXPORT_PER_MINUTE = "ctphub.rate-limit.export.per-minute";
    /** IP addresses of proxies whose X-Forwarded-For is believed (env {@code CTPHUB_RATE_LIMIT_TRUSTED_PROXIES}). */
    public static final String RATE_LIMIT_TRUSTED_PROXIES = "ctphub.rate-limit.trusted-proxies";

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

    @Inject
    @ConfigProperty(name = RATE_LIMIT_SEARCH_BURST, defaultValue = "30")
    int searchBurst;

    @Inject
    @ConfigProperty(name = RATE_LIMIT_SEARCH_PER_MINUTE, defaultValue = "60")
    int searchPerMinute;

    @Inject
    @ConfigProperty(name = RATE_LIMIT_FORK_BURST, defaultValue = "10")
    int forkBurst;

    @Inject
    @ConfigProperty(name = RATE_LIMIT_FORK_PER_MINUTE, defaultValue = "5")
    int forkPerMinute;

    @Inject
    @ConfigProperty(name = RATE_LIMIT_EXPORT_BURST, defaultValue = "5")
    int exportBurst;

    @Inject
    @ConfigProperty(name = RATE_LIMIT_EXPORT_PER_MINUTE, defaultValue = "2")
    int exportPerMinute;

    // Payara injects no Optional<List<...>>: the comma-separated text is split here.
    @Inject
    @ConfigProperty(name = RATE_LIMIT_TRUSTED_PROXIES)
    Optional<String> trustedProxies;

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

    @Override
    public Allowance allowance(RateLimit limit) {
        return switch (limit) {
            case SEARCH -> allowance(limit, searchBurst, searchPerMinute);
            case FORK -> allowance(limit, forkBurst, forkPerMinute);
            case EXPORT -> allowance(limit, exportBurst, exportPerMinute);
        };
    }

    private static Allowance allowance(RateLimit limit, int burst, int perMinute) {
        try {
            return new Allowance(burst, perMinute);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(
                    "ctphub.rate-limit." + limit.configName() + ".burst and .per-minute: " + e.getMessage(), e);
        }
    }

    @Override
    public List<String> trustedProxies() {
        return trustedProxies
                .map(list -> Arrays.stream(list.split(","))
                        .map(String::strip)
                        .filter(address -> !address.isEmpty())
                        .toList())
                .orElse(List.of());
    }
}
