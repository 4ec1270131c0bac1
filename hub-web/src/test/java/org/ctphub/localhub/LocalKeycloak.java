package org.ctphub.localhub;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keycloak from its distribution on Maven Central, with the hub's realm imported, listening on
 * loopback only. Runs in production mode ({@code start --optimized}) from the machine-wide built
 * {@link KeycloakDistribution}, so it never repeats Keycloak's build step, with an H2 file
 * database ({@code dev-file}): fine for one person or one test run, never for production.
 *
 * <p>Each instance has a home folder of its own: a copy of {@code bin/kc.sh}, links to the shared
 * {@code lib}, {@code conf}, {@code providers} and {@code themes}, and its own {@code data} (the
 * H2 database, transaction logs and {@code data/import}). {@code kc.sh} derives Keycloak's home
 * from its own real location, so the instance's data never lands in the shared folder.
 *
 * <p>The realm files are imported with {@code --import-realm}, which skips a realm that already
 * exists: a restart keeps the data, and only a fresh data folder sees changed realm files. Their
 * {@code ${CTPHUB_...}} placeholders are filled from this process's environment by Keycloak itself.
 */
public final class LocalKeycloak implements LocalService {

    public static final String REALM = "ctp-hub";
    public static final String WEB_CLIENT_ID = "ctphub-web";
    public static final String API_AUDIENCE = "ctphub-api";
    public static final String CLI_CLIENT_ID = "ctphub-cli";
    public static final String ADMIN_CLIENT_ID = "ctphub-admin";

    /** Keycloak's own administrator (master realm); dev only, printed in the banner. */
    public static final String DEV_ADMIN_USERNAME = "admin";

    public static final String DEV_ADMIN_PASSWORD = "admin";

    /** Client secrets of the local run; the test run's are set in hub-web/pom.xml. Dev only. */
    public static final String DEV_WEB_CLIENT_SECRET = "ctphub-web-dev-secret";

    public static final String DEV_ADMIN_CLIENT_SECRET = "ctphub-admin-dev-secret";

    private static final Duration GRACEFUL_STOP = Duration.ofSeconds(30);
    private static final List<String> SHARED_FOLDERS = List.of("conf", "lib", "providers", "themes");
    private static final String FINGERPRINT = "ctphub-realm-import.sha256";

    private final Settings settings;
    private Process process;
    private boolean stopped;
    private boolean realmFilesChanged;
    private boolean built;

    /**
     * @param instanceDir  this instance's home: its data, imports and temporary files
     * @param importFiles  realm files, named as {@code --import-realm} wants them:
     *                     {@code <realm>-realm.json}, {@code <realm>-users-<n>.json}
     * @param hubBaseUrl   where people reach the hub, e.g. {@code http://localhost:8080}: the realm's
     *                     redirect URIs and web origins
     */
    public record Settings(
            KeycloakDistribution distribution,
            Path instanceDir,
            List<Path> importFiles,
            int port,
            String hubBaseUrl,
            String webClientSecret,
            String adminClientSecret,
            Path logFile,
            Duration readyTimeout) {

        public Settings {
            importFiles = List.copyOf(importFiles);
            instanceDir = instanceDir.toAbsolutePath();
            if (hubBaseUrl.endsWith("/")) {
                hubBaseUrl = hubBaseUrl.substring(0, hubBaseUrl.length() - 1);
            }
        }
    }

    public LocalKeycloak(Settings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return "Keycloak";
    }

    /** {@code http://127.0.0.1:PORT}, without a trailing slash; also Keycloak's pinned hostname. */
    public String url() {
        return "http://127.0.0.1:" + settings.port();
    }

    /** The realm's issuer, exactly as it appears in {@code iss}. */
    public String issuer() {
        return url() + "/realms/" + REALM;
    }

    public String adminConsole() {
        return url() + "/admin/";
    }

    public Path logFile() {
        return settings.logFile();
    }

    /** Keycloak's data of this instance (H2 database); kept by the local run across restarts. */
    public Path dataDir() {
        return settings.instanceDir().resolve("data");
    }

    public KeycloakDistribution distribution() {
        return settings.distribution();
    }

    /** Whether the last start had to build the distribution first. */
    public synchronized boolean built() {
        return built;
    }

    /**
     * Whether the realm files, the hub's base URL or a secret changed since this instance's data
     * was created: the existing realm is kept, so the change is not in effect.
     */
    public synchronized boolean realmFilesChanged() {
        return realmFilesChanged;
    }

    /**
     * The hub's configuration for this Keycloak, as environment variables for Payara Micro. The
     * same names fill the realm files' placeholders on Keycloak's side.
     */
    public Map<String, String> hubEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("CTPHUB_BASE_URL", settings.hubBaseUrl());
        env.put("CTPHUB_OIDC_PROVIDER_URI", issuer());
        env.put("CTPHUB_OIDC_CLIENT_ID", WEB_CLIENT_ID);
        env.put("CTPHUB_OIDC_CLIENT_SECRET", settings.webClientSecret());
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", issuer() + "/protocol/openid-connect/certs");
        env.put("MP_JWT_VERIFY_ISSUER", issuer());
        env.put("MP_JWT_VERIFY_AUDIENCES", API_AUDIENCE);
        env.put("CTPHUB_KEYCLOAK_URL", url());
        env.put("CTPHUB_KEYCLOAK_REALM", REALM);
        env.put("CTPHUB_KEYCLOAK_ADMIN_CLIENT_ID", ADMIN_CLIENT_ID);
        env.put("CTPHUB_KEYCLOAK_ADMIN_CLIENT_SECRET", settings.adminClientSecret());
        return env;
    }

    @Override
    public void start() throws StartupException {
        Ports.requireFree(settings.port(), "Keycloak");
        Path tmp = settings.instanceDir().resolve("tmp");
        Path buildLog = settings.logFile().resolveSibling("keycloak-build.log");
        boolean didBuild = settings.distribution().ensureBuilt(tmp, buildLog);
        synchronized (this) {
            built = didBuild;
        }
        ProcessHandle launched = launch();
        // Outside the lock, so that stop() (e.g. from a shutdown hook) can end a start-up in progress.
        try {
            new Readiness(
                            URI.create(issuer() + "/.well-known/openid-configuration"),
                            response -> response.statusCode() == 200,
                            settings.readyTimeout())
                    .await(launched, "Keycloak");
        } catch (StartupException e) {
            stop();
            throw e;
        }
    }

    private synchronized ProcessHandle launch() throws StartupException {
        if (process != null) {
            return process.toHandle();
        }
        if (stopped) {
            throw new StartupException("Keycloak was stopped while it was being prepared.");
        }
        Path home = settings.instanceDir();
        try {
            prepareHome(home);
            Files.createDirectories(settings.logFile().toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new StartupException("Cannot prepare Keycloak's folder " + home + ": " + e, e);
        }

        ProcessBuilder builder = new ProcessBuilder(
                        "sh",
                        home.resolve("bin/kc.sh").toString(),
                        "start",
                        "--optimized",
                        "--import-realm",
                        // Not a cluster: the default would look for other Keycloaks on the network.
                        "--cache=local",
                        "--http-enabled=true",
                        "--http-host=127.0.0.1",
                        "--http-port=" + settings.port(),
                        // Pinned, so that the issuer is the same whichever address a request used.
                        "--hostname=" + url())
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(settings.logFile().toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Map<String, String> env = builder.environment();
        KeycloakDistribution.clearKeycloakEnvironment(env);
        env.put("JAVA_OPTS_APPEND", "-Djava.io.tmpdir=" + home.resolve("tmp"));
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", DEV_ADMIN_USERNAME);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", DEV_ADMIN_PASSWORD);
        env.put("CTPHUB_BASE_URL", settings.hubBaseUrl());
        env.put("CTPHUB_OIDC_CLIENT_SECRET", settings.webClientSecret());
        env.put("CTPHUB_KEYCLOAK_ADMIN_CLIENT_SECRET", settings.adminClientSecret());
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new StartupException("Cannot launch Keycloak: " + e, e);
        }
        return process.toHandle();
    }

    /** The instance's home: see the class comment. Idempotent, so a restart reuses it. */
    private void prepareHome(Path home) throws IOException, StartupException {
        Path shared = settings.distribution().home();
        Files.createDirectories(home.resolve("bin"));
        Files.createDirectories(home.resolve("tmp"));
        // A copy, not a link: kc.sh resolves links to find its home.
        Files.copy(shared.resolve("bin/kc.sh"), home.resolve("bin/kc.sh"), StandardCopyOption.REPLACE_EXISTING);
        for (String folder : SHARED_FOLDERS) {
            link(home.resolve(folder), shared.resolve(folder));
        }

        Path data = dataDir();
        Path imports = data.resolve("import");
        Files.createDirectories(imports);
        try (DirectoryStream<Path> old = Files.newDirectoryStream(imports)) {
            for (Path file : old) {
                Files.deleteIfExists(file);
            }
        }
        for (Path file : settings.importFiles()) {
            if (!Files.isRegularFile(file)) {
                throw new StartupException("Missing the realm file " + file.toAbsolutePath());
            }
            Files.copy(file, imports.resolve(file.getFileName()));
        }

        Path fingerprintFile = data.resolve(FINGERPRINT);
        String fingerprint = fingerprint();
        boolean existingData = Files.isDirectory(data.resolve("h2"));
        if (existingData && Files.isRegularFile(fingerprintFile)) {
            realmFilesChanged = !Files.readString(fingerprintFile).equals(fingerprint);
        } else {
            realmFilesChanged = false;
            Files.writeString(fingerprintFile, fingerprint);
        }
    }

    private static void link(Path link, Path target) throws IOException, StartupException {
        if (Files.isSymbolicLink(link)) {
            if (Files.readSymbolicLink(link).equals(target)) {
                return;
            }
            Files.delete(link);
        } else if (Files.exists(link)) {
            throw new StartupException(link + " should be a link to " + target + " but is not; delete it.");
        }
        Files.createSymbolicLink(link, target);
    }

    /** What the imported realm depends on: the files and the values of their placeholders. */
    private String fingerprint() throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : settings.importFiles()) {
                digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
            }
            for (String value :
                    List.of(settings.hubBaseUrl(), settings.webClientSecret(), settings.adminClientSecret())) {
                digest.update(value.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest()) + "\n";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        synchronized (this) {
            stopped = true;
        }
        settings.distribution().stopBuild();
        Process running;
        synchronized (this) {
            running = process;
            process = null;
        }
        if (running != null) {
            // SIGTERM reaches kc.sh, which passes it on to the server; the server stops in a few seconds.
            ProcessTrees.stop(running, GRACEFUL_STOP);
        }
    }

    /** The last lines of Keycloak's log, for a failure report. */
    public List<String> lastLogLines(int count) {
        return LogFiles.lastLines(settings.logFile(), count);
    }
}
