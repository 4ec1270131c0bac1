package org.ctphub.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
}
