package org.ctphub.infrastructure.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.ctphub.infrastructure.migration.SchemaMigration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the schema has been migrated and the database answers now. Load balancers and the
 * run command wait on this, never on the server's own start-up log line.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    public static final String NAME = "ctphub-database";
    private static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    SchemaMigration schemaMigration;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
        var version = schemaMigration.schemaVersion();
        if (version.isEmpty()) {
            return response.down()
                    .withData("schema", schemaMigration.lastFailure().orElse("not migrated yet"))
                    .build();
        }
        response.withData("schema", version.get());
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(TIMEOUT_SECONDS)
                    ? response.up().build()
                    : response.down()
                            .withData("database", "did not answer within " + TIMEOUT_SECONDS + " s")
                            .build();
        } catch (SQLException e) {
            return response.down().withData("database", "unreachable").build();
        }
    }
}
