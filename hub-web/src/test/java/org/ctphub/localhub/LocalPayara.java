package org.ctphub.localhub;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.commons.io.file.PathUtils;

/** Payara Micro running the hub WAR in a child JVM, its output in a log file. */
public final class LocalPayara implements LocalService {

    private static final Duration GRACEFUL_STOP = Duration.ofSeconds(30);

    private final Settings settings;
    private Process process;
    private Path rootDir;

    /**
     * @param runDirs         parent of the Payara root directory; each start gets a fresh one, deleted
     *                        at stop, because reusing a root directory redeploys the previous app
     *                        first (and start-up code runs twice)
     * @param prebootCommands asadmin commands applied before deployment, may be {@code null}
     * @param env             added to the inherited environment: the application's configuration
     */
    public record Settings(
            Path microJar,
            Path war,
            int port,
            Path runDirs,
            Path prebootCommands,
            Path tmpDir,
            Path logFile,
            Map<String, String> env,
            Duration readyTimeout) {

        public Settings {
            env = Map.copyOf(env);
        }
    }

    /**
     * What the hub needs to know of the servers around it: the database, the demo network, and
     * Keycloak for sign-in, tokens and partnership groups. The local run and the tests share it.
     */
    public static Map<String, String> hubEnvironment(LocalMariaDb db, LocalKeycloak keycloak) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("CTPHUB_DB_URL", db.jdbcUrl());
        env.put("CTPHUB_DB_USER", LocalMariaDb.USER);
        env.put("CTPHUB_DB_PASSWORD", "");
        env.put("CTPHUB_DEMO_SEED", "true");
        env.putAll(keycloak.hubEnvironment());
        return env;
    }

    public LocalPayara(Settings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return "Payara Micro";
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + settings.port() + "/");
    }

    public Path logFile() {
        return settings.logFile();
    }

    /** The Payara JVM, e.g. to watch for it dying. */
    public synchronized ProcessHandle handle() {
        if (process == null) {
            throw new IllegalStateException("Payara Micro is not running");
        }
        return process.toHandle();
    }

    @Override
    public void start() throws StartupException {
        ProcessHandle launched = launch();
        // Outside the lock, so that stop() (e.g. from a shutdown hook) can end a start-up in progress.
        try {
            Readiness.ofHub(baseUri(), settings.readyTimeout()).await(launched, "Payara Micro");
        } catch (StartupException e) {
            stop();
            throw e;
        }
    }

    private synchronized ProcessHandle launch() throws StartupException {
        if (process != null) {
            return process.toHandle();
        }
        requireFile(settings.microJar(), "the Payara Micro jar");
        requireFile(settings.war(), "the hub WAR");
        if (settings.prebootCommands() != null) {
            requireFile(settings.prebootCommands(), "the pre-boot command file");
        }
        Ports.requireFree(settings.port(), "hub HTTP");
        try {
            Files.createDirectories(settings.runDirs());
            Files.createDirectories(settings.tmpDir());
            Files.createDirectories(settings.logFile().toAbsolutePath().getParent());
            rootDir = Files.createTempDirectory(settings.runDirs(), "root-");
        } catch (IOException e) {
            throw new StartupException("Cannot prepare Payara's directories: " + e, e);
        }

        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + settings.tmpDir().toAbsolutePath(),
                "-jar",
                settings.microJar().toAbsolutePath().toString(),
                "--deploy",
                settings.war().toAbsolutePath().toString(),
                "--port",
                Integer.toString(settings.port()),
                "--nocluster",
                "--rootdir",
                rootDir.toString()));
        if (settings.prebootCommands() != null) {
            command.add("--prebootcommandfile");
            command.add(settings.prebootCommands().toAbsolutePath().toString());
        }
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(settings.logFile().toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().putAll(settings.env());
        try {
            process = builder.start();
        } catch (IOException e) {
            deleteRootDir();
            throw new StartupException("Cannot launch Payara Micro: " + e, e);
        }
        return process.toHandle();
    }

    @Override
    public synchronized void stop() {
        if (process == null) {
            deleteRootDir();
            return;
        }
        // Taken before the parent goes: orphans are reparented and no longer listed as descendants.
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(GRACEFUL_STOP.toSeconds(), TimeUnit.SECONDS)) {
                System.err.println("Payara Micro did not stop within " + GRACEFUL_STOP.toSeconds() + " s; killing it.");
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        process = null;
        deleteRootDir();
    }

    /** The last lines of Payara's log, for a failure report. */
    public List<String> lastLogLines(int count) {
        return LogFiles.lastLines(settings.logFile(), count);
    }

    private void deleteRootDir() {
        if (rootDir == null) {
            return;
        }
        try {
            PathUtils.deleteDirectory(rootDir);
        } catch (IOException e) {
            System.err.println("Could not delete " + rootDir + ": " + e.getMessage());
        }
        rootDir = null;
    }

    private static void requireFile(Path file, String what) throws StartupException {
        if (!Files.isRegularFile(file)) {
            throw new StartupException("Missing " + what + ": " + file.toAbsolutePath());
        }
    }
}
