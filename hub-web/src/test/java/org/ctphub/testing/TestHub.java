package org.ctphub.testing;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Where the integration tests find the shared hub and its database. Failsafe sets the system
 * properties read here; {@link HubTestEnvironment} starts the servers before the first test runs.
 */
public final class TestHub {

    public static final String DB_PORT = "ctphub.it.db.port";
    public static final String HUB_PORT = "ctphub.it.hub.port";
    public static final String IT_DIR = "ctphub.it.dir";
    public static final String WAR = "ctphub.war";
    public static final String PAYARA_JAR = "ctphub.payara.jar";
    public static final String PAYARA_PREBOOT = "ctphub.payara.preboot";

    private TestHub() {}

    /** The shared Payara Micro, e.g. {@code http://127.0.0.1:PORT/}; resolve paths against it. */
    public static URI baseUri() {
        HubTestEnvironment.requireStarted();
        return URI.create("http://127.0.0.1:" + required(HUB_PORT) + "/");
    }

    /** The test database, the one the hub uses. */
    public static String jdbcUrl() {
        HubTestEnvironment.requireStarted();
        return "jdbc:mariadb://127.0.0.1:" + required(DB_PORT) + "/ctphub?createDatabaseIfNotExist=true";
    }

    /** A new connection to the test database (as root, no password); the caller closes it. */
    public static Connection openConnection() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), "root", "");
    }

    static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set: integration tests"
                    + " run through failsafe, `./mvnw verify` from the repository root.");
        }
        return value;
    }
}
