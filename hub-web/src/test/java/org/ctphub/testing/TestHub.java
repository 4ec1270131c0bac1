package org.ctphub.testing;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.ctphub.localhub.LocalKeycloak;

/**
 * Where the integration tests find the shared hub, its database and its Keycloak. Failsafe sets the system
 * properties read here; {@link HubTestEnvironment} starts the servers before the first test runs.
 */
public final class TestHub {

    public static final String DB_PORT = "ctphub.it.db.port";
    public static final String HUB_PORT = "ctphub.it.hub.port";
    public static final String IT_DIR = "ctphub.it.dir";
    public static final String WAR = "ctphub.war";
    public static final String PAYARA_JAR = "ctphub.payara.jar";
    public static final String PAYARA_PREBOOT = "ctphub.payara.preboot";
    public static final String KEYCLOAK_PORT = "ctphub.it.keycloak.port";
    public static final String KEYCLOAK_ZIP = "ctphub.keycloak.zip";
    public static final String KEYCLOAK_VERSION = "ctphub.keycloak.version";
    public static final String KEYCLOAK_REALM_FILE = "ctphub.keycloak.realm";
    public static final String KEYCLOAK_USERS_FILE = "ctphub.keycloak.users";

    private TestHub() {}

    /** The shared Payara Micro, e.g. {@code http://127.0.0.1:PORT/}; resolve paths against it. */
    public static URI baseUri() {
        HubTestEnvironment.requireStarted();
        return URI.create("http://127.0.0.1:" + required(HUB_PORT) + "/");
    }

    /** The test Keycloak, {@code http://127.0.0.1:PORT/}; resolve paths against it. */
    public static URI keycloakUri() {
        HubTestEnvironment.requireStarted();
        return URI.create("http://127.0.0.1:" + required(KEYCLOAK_PORT) + "/");
    }

    /**
     * The hub's realm, {@code http://127.0.0.1:PORT/realms/ctp-hub}: the issuer of its tokens, and
     * what the hub is given as {@code CTPHUB_OIDC_PROVIDER_URI}.
     */
    public static String issuer() {
        return keycloakUri().resolve("realms/" + LocalKeycloak.REALM).toString();
    }

    /** The realm's token endpoint. */
    public static URI tokenEndpoint() {
        return URI.create(issuer() + "/protocol/openid-connect/token");
    }

    /** The Keycloak Admin REST API of the hub's realm, {@code .../admin/realms/ctp-hub/}. */
    public static URI adminApi() {
        return keycloakUri().resolve("admin/realms/" + LocalKeycloak.REALM + "/");
    }

    /**
     * A value of failsafe's environment (the hub's configuration, e.g. the client secrets), which
     * the shared hub, Arquillian's Payara JVMs and the test Keycloak all share.
     */
    public static String env(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Environment variable " + name + " is not set: integration tests"
                    + " run through failsafe, `./mvnw verify` from the repository root.");
        }
        return value;
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
