package org.ctphub.infrastructure.migration;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.ctphub.infrastructure.config.HubSettings;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date at start-up, before any request is served. If a migration fails,
 * the hub reports itself not ready and tries again until it succeeds. Flyway takes a lock in the
 * database, so several instances starting together migrate once. (The database must be reachable
 * when the hub deploys: EclipseLink connects while the application is prepared.)
 */
@DataSourceDefinition(
        name = SchemaMigration.DATA_SOURCE,
        className = "org.mariadb.jdbc.MariaDbDataSource",
        url = "${MPCONFIG=" + HubSettings.DB_URL + "}",
        user = "${MPCONFIG=" + HubSettings.DB_USER + "}",
        password = "${MPCONFIG=" + HubSettings.DB_PASSWORD + "}",
        minPoolSize = 2,
        maxPoolSize = 32,
        maxIdleTime = 300,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.MySQLConnectionValidation",
            "fish.payara.fail-all-connections=true"
        })
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SchemaMigration {

    public static final String DATA_SOURCE = "java:app/jdbc/ctphub";

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    @Resource
    TimerService timers;

    @Inject
    HubSettings settings;

    @Inject
    Event<SchemaMigrated> migrated;

    private volatile String schemaVersion;
    private volatile String lastFailure = "not migrated yet";

    @PostConstruct
    void migrateAtStartup() {
        attempt();
    }

    @Timeout
    void retry() {
        attempt();
    }

    private void attempt() {
        try {
            MigrateResult result = Flyway.configure(getClass().getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
            schemaVersion =
                    result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
            lastFailure = null;
            LOG.info(() ->
                    "Schema at version " + schemaVersion + " (" + result.migrationsExecuted + " migrations applied)");
        } catch (RuntimeException e) {
            // Readiness is public: it says that migration failed, and the log says why.
            lastFailure = "migration failed; see the server log";
            LOG.log(Level.SEVERE, "Schema migration failed; retrying in " + settings.migrationRetrySeconds() + " s", e);
            timers.createSingleActionTimer(settings.migrationRetrySeconds() * 1000L, new TimerConfig(null, false));
            return;
        }
        migrated.fire(new SchemaMigrated(schemaVersion));
    }

    /** The schema version once migrations are applied; empty while they are not. */
    public Optional<String> schemaVersion() {
        return lastFailure == null ? Optional.ofNullable(schemaVersion) : Optional.empty();
    }

    public Optional<String> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }
}
