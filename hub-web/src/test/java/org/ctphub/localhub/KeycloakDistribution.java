package org.ctphub.localhub;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.io.file.PathUtils;

/**
 * Keycloak's distribution, unpacked and built once per machine, outside any repository, and then
 * shared by every local hub and test run: {@code ~/.cache/ctphub/keycloak-<version>/} (or under
 * {@code $XDG_CACHE_HOME}, or {@code -Dctphub.cache=DIR}). A fresh clone, and CI on the same
 * machine, so skip Keycloak's build step, which takes 30-100 s.
 *
 * <p>The folder appears in one atomic rename, only after the build step succeeded, so a folder that
 * exists is complete. Instances never write into it: each runs from a home of its own that links to
 * it (see {@link LocalKeycloak}), always with {@code start --optimized}, which never rebuilds.
 */
public final class KeycloakDistribution {

    /**
     * Keycloak's build-time options. Every instance starts with {@code --optimized} from this one
     * build, so anything that differs between instances must be a run-time option. Changing these
     * needs a new cache folder: {@link #isBuilt()} then fails with a message that says so.
     */
    static final List<String> BUILD_OPTIONS = List.of("--db=dev-file");

    private static final String MARKER = "ctphub-build.properties";
    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(10);
    private static final Duration GRACEFUL_STOP = Duration.ofSeconds(10);

    private final Path zip;
    private final String version;
    private final Path cacheRoot;
    private Process build;

    /**
     * @param zip       {@code keycloak-quarkus-dist-<version>.zip}, copied from Maven Central by the build
     * @param cacheRoot the machine-wide folder that holds built distributions
     */
    public KeycloakDistribution(Path zip, String version, Path cacheRoot) {
        this.zip = zip.toAbsolutePath();
        this.version = version;
        this.cacheRoot = cacheRoot.toAbsolutePath();
    }

    /** {@code -Dctphub.cache=DIR}, else {@code $XDG_CACHE_HOME/ctphub}, else {@code ~/.cache/ctphub}. */
    public static Path defaultCacheRoot() {
        String configured = System.getProperty("ctphub.cache");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("ctphub");
    }

    public String version() {
        return version;
    }

    /** The built distribution: {@code bin/kc.sh}, {@code lib/} and so on. */
    public Path home() {
        return cacheRoot.resolve("keycloak-" + version);
    }

    public boolean isBuilt() throws StartupException {
        Path marker = home().resolve(MARKER);
        if (!Files.isRegularFile(marker)) {
            return false;
        }
        try {
            if (Files.readString(marker).equals(markerText())) {
                return true;
            }
        } catch (IOException e) {
            throw new StartupException("Cannot read " + marker + ": " + e, e);
        }
        throw new StartupException("The cached Keycloak in " + home() + " was built with other options than "
                + BUILD_OPTIONS + ". Stop every local hub and test run, delete that folder and start again.");
    }

    /** Like {@link #isBuilt()}, for messages: a build with other options counts as not built. */
    public boolean isBuiltQuietly() {
        try {
            return isBuilt();
        } catch (StartupException e) {
            return false;
        }
    }

    /**
     * Unpacks and builds the distribution unless that was done before. Other processes may do the
     * same at the same time (a local hub and a test run): a file lock makes all but one wait.
     *
     * @param tmpDir   the build's {@code java.io.tmpdir}
     * @param buildLog where the build step's output goes
     * @return whether this call built it
     */
    public boolean ensureBuilt(Path tmpDir, Path buildLog) throws StartupException {
        if (isBuilt()) {
            return false;
        }
        Path staging = null;
        try {
            Files.createDirectories(cacheRoot);
            Files.createDirectories(tmpDir);
            Files.createDirectories(buildLog.toAbsolutePath().getParent());
            try (FileChannel channel = FileChannel.open(
                            cacheRoot.resolve(home().getFileName() + ".lock"),
                            StandardOpenOption.CREATE,
                            StandardOpenOption.WRITE);
                    FileLock ignored = channel.lock()) {
                if (isBuilt()) {
                    return false;
                }
                if (Files.exists(home())) {
                    throw new StartupException(
                            home() + " exists but holds no finished Keycloak build." + " Delete it and start again.");
                }
                deleteStagingLeftovers();
                if (!Files.isRegularFile(zip)) {
                    throw new StartupException("Missing the Keycloak distribution " + zip
                            + ": run `./mvnw package -Prun` or `./mvnw verify` from the repository root.");
                }
                staging = Files.createTempDirectory(cacheRoot, stagingPrefix());
                unpack(zip, staging);
                runBuild(staging, tmpDir, buildLog);
                Files.writeString(staging.resolve(MARKER), markerText());
                Files.move(staging, home(), StandardCopyOption.ATOMIC_MOVE);
                staging = null;
                return true;
            }
        } catch (IOException | UncheckedIOException e) {
            throw new StartupException("Cannot prepare Keycloak in " + home() + ": " + e, e);
        } finally {
            if (staging != null) {
                deleteQuietly(staging);
            }
        }
    }

    /** Ends a build step in progress, e.g. at Ctrl-C. */
    public void stopBuild() {
        Process running;
        synchronized (this) {
            running = build;
        }
        if (running != null) {
            ProcessTrees.stop(running, GRACEFUL_STOP);
        }
    }

    /**
     * The environment for a Keycloak process: the caller's, minus anything that would configure
     * Keycloak or its JVM behind our back (a developer's own {@code KC_DB}, say).
     */
    static void clearKeycloakEnvironment(Map<String, String> env) {
        env.keySet()
                .removeIf(name -> name.startsWith("KC_")
                        || name.startsWith("QUARKUS_")
                        || name.startsWith("JAVA_OPTS")
                        || name.equals("JAVA_ADD_OPENS")
                        || name.equals("JAVA_LOCALE"));
    }

    private void runBuild(Path staging, Path tmpDir, Path buildLog) throws StartupException, IOException {
        List<String> command =
                new ArrayList<>(List.of("sh", staging.resolve("bin/kc.sh").toString(), "build"));
        command.addAll(BUILD_OPTIONS);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(staging.toFile())
                .redirectErrorStream(true)
                .redirectOutput(buildLog.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        clearKeycloakEnvironment(builder.environment());
        builder.environment().put("JAVA_OPTS_APPEND", "-Djava.io.tmpdir=" + tmpDir.toAbsolutePath());
        Process process;
        synchronized (this) {
            process = builder.start();
            build = process;
        }
        try {
            if (!process.waitFor(BUILD_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                ProcessTrees.stop(process, GRACEFUL_STOP);
                throw new StartupException("Keycloak's build step took longer than " + BUILD_TIMEOUT.toMinutes()
                        + " minutes; see " + buildLog);
            }
            if (process.exitValue() != 0) {
                throw new StartupException(
                        "Keycloak's build step failed (exit " + process.exitValue() + "); see " + buildLog);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ProcessTrees.stop(process, GRACEFUL_STOP);
            throw new StartupException("Interrupted while Keycloak was building.", e);
        } finally {
            synchronized (this) {
                build = null;
            }
        }
    }

    /** Unpacks the zip without its top folder ({@code keycloak-<version>/}). */
    private static void unpack(Path zip, Path target) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                int slash = name.indexOf('/');
                if (slash < 0 || slash == name.length() - 1) {
                    continue;
                }
                Path destination = target.resolve(name.substring(slash + 1)).normalize();
                if (!destination.startsWith(target)) {
                    throw new IOException("Zip entry outside the target folder: " + name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(destination);
                    continue;
                }
                Files.createDirectories(destination.getParent());
                try (InputStream in = file.getInputStream(entry)) {
                    Files.copy(in, destination);
                }
            }
        }
        // Zip entries carry no Unix modes here; the scripts must stay runnable for people using them.
        try (DirectoryStream<Path> scripts = Files.newDirectoryStream(target.resolve("bin"), "*.sh")) {
            for (Path script : scripts) {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(script);
                permissions.add(PosixFilePermission.OWNER_EXECUTE);
                permissions.add(PosixFilePermission.GROUP_EXECUTE);
                permissions.add(PosixFilePermission.OTHERS_EXECUTE);
                Files.setPosixFilePermissions(script, permissions);
            }
        }
    }

    /** Staging folders of a build that was killed; only called while holding the lock. */
    private void deleteStagingLeftovers() throws IOException {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(cacheRoot, stagingPrefix() + "*")) {
            for (Path leftover : leftovers) {
                deleteQuietly(leftover);
            }
        }
    }

    private String stagingPrefix() {
        return home().getFileName() + ".staging-";
    }

    private String markerText() {
        return "version=" + version + "\nbuild-options=" + String.join(" ", BUILD_OPTIONS) + "\n";
    }

    private static void deleteQuietly(Path dir) {
        try {
            PathUtils.deleteDirectory(dir);
        } catch (IOException e) {
            System.err.println("Could not delete " + dir + ": " + e.getMessage());
        }
    }
}
