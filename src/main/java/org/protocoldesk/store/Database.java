package org.protocoldesk.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.protocoldesk.model.ReadOnlyCause;
import javax.sql.DataSource;
import org.jooq.Configuration;
import org.jooq.SQLDialect;
import org.jooq.conf.FetchIntermediateResult;
import org.jooq.conf.Settings;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.DefaultExecuteListenerProvider;

/**
 * The user's SQLite database: opens or creates it (a new folder 0700, a new file 0600 on POSIX; what exists keeps
 * the mode the user gave it), applies the connection pragmas, migrates it with Flyway — after a private backup in
 * {@code backups/} when an existing schema is about to change — and builds the one jOOQ {@link Configuration} of
 * the application. A database the user made read-only is opened for reading only, and says why.
 */
public final class Database implements AutoCloseable {
    public static final String FILE_NAME = "protocol-desk.db";
    private static final int READ_CONNECTIONS = 4;
    private static final String MIGRATIONS = "classpath:db/migration";

    private final Path file;
    private final HikariDataSource pool;
    private final Configuration configuration;
    private final int migrationsApplied;
    private final Optional<ReadOnlyCause> readOnly;
    private Optional<InstanceLock> ownLock = Optional.empty();

    private Database(Path file, HikariDataSource pool, int migrationsApplied, Optional<ReadOnlyCause> readOnly) {
        this.file = file;
        this.pool = pool;
        this.configuration = new DefaultConfiguration()
                .set(pool)
                .set(SQLDialect.SQLITE)
                .set(settings())
                .set(new DefaultExecuteListenerProvider(new FxThreadGuard()));
        this.migrationsApplied = migrationsApplied;
        this.readOnly = readOnly;
    }

    /**
     * What jOOQ does around each statement beyond running it, cut to what the app needs (ADR 0070): no logging, no
     * warnings fetched after each statement (SQLite's driver has none to give), no catalog or schema to consider when
     * rendering (SQLite's tables have neither), and rows mapped as they are read rather than first collected in an
     * intermediate result, which jOOQ otherwise does for the execute listener that guards the FX thread.
     */
    private static Settings settings() {
        return new Settings()
                .withExecuteLogging(false)
                .withFetchWarnings(false)
                .withRenderCatalog(false)
                .withRenderSchema(false)
                .withFetchIntermediateResult(FetchIntermediateResult.WHEN_RESULT_REQUESTED);
    }

    /**
     * Opens the database in {@code dataDir}, creating folder and file if needed, and brings its schema up to date.
     * Holds the folder's {@link InstanceLock} until closed; throws {@link AlreadyRunningException} if another holds it.
     */
    public static Database open(Path dataDir) {
        return open(dataDir, MIGRATIONS);
    }

    /**
     * As {@link #open(Path)}, with writes that wait at most {@code busyTimeout} for another connection's write lock:
     * a test of a save that meets a locked database fails it in a moment instead of the usual ten seconds.
     */
    public static Database open(Path dataDir, Duration busyTimeout) {
        return open(dataDir, busyTimeout, MIGRATIONS);
    }

    static Database open(Path dataDir, String... migrationLocations) {
        return open(dataDir, Duration.ofMillis(ConnectionSettings.BUSY_TIMEOUT_MILLIS), migrationLocations);
    }

    private static Database open(Path dataDir, Duration busyTimeout, String... migrationLocations) {
        Optional<InstanceLock> lock = lock(dataDir);
        try {
            Database database = openLocked(dataDir, busyTimeout, migrationLocations);
            database.ownLock = lock;
            return database;
        } catch (RuntimeException e) {
            lock.ifPresent(InstanceLock::close);
            throw e;
        }
    }

    /** The lock of a writable data folder, created if missing; none for a folder nobody may write. */
    public static Optional<InstanceLock> lock(Path dataDir) {
        DataFolderAccess.createFolder(dataDir);
        NativeLibraryFolder.useIn(dataDir);
        return PrivateFiles.writable(dataDir) ? Optional.of(InstanceLock.acquire(dataDir)) : Optional.empty();
    }

    /** Opens the database of a data folder whose {@link #lock} the caller holds, and releases after closing this. */
    public static Database openLocked(Path dataDir) {
        return openLocked(dataDir, Duration.ofMillis(ConnectionSettings.BUSY_TIMEOUT_MILLIS), MIGRATIONS);
    }

    private static Database openLocked(Path dataDir, Duration busyTimeout, String... migrationLocations) {
        Path file = dataDir.resolve(FILE_NAME);
        Optional<ReadOnlyCause> readOnly = DataFolderAccess.prepare(dataDir, file);
        if (readOnly.isPresent()) {
            return readOnly(file, readOnly.get());
        }
        boolean changedSinceLastBackup = StartupCheck.run(file, CleanRunMarker.lastRunEndedCleanly(dataDir));
        Backups backups = new Backups(dataDir, Clock.systemDefaultZone());
        HikariDataSource pool = pool(ConnectionSettings.readWrite(file, busyTimeout), false);
        try {
            SchemaUpdate.Outcome update = SchemaUpdate.run(pool, backups, migrationLocations);
            if (update.readOnly().isPresent()) {
                pool.close();
                return readOnly(file, update.readOnly().get());
            }
            if (update.applied() == 0 && changedSinceLastBackup) {
                backups.take(pool, "at-start");
            }
            PlannerStatistics.refreshAtOpen(pool);
            CleanRunMarker.runStarts(dataDir);
            Database database = new Database(file, pool, update.applied(), Optional.empty());
            new DataStore(database.configuration()).writeAll(tx -> new SearchIndex(tx.dsl()).ensureCurrent());
            return database;
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    private static Database readOnly(Path file, ReadOnlyCause cause) {
        return new Database(file, pool(ConnectionSettings.readOnly(file), true), 0, Optional.of(cause));
    }

    public Configuration configuration() {
        return configuration;
    }

    public Path file() {
        return file;
    }

    /** How many migrations this open applied: zero when the schema was already current. */
    public int migrationsApplied() {
        return migrationsApplied;
    }

    /** Why nothing may be written, when the database was opened for reading only. */
    public Optional<ReadOnlyCause> readOnly() {
        return readOnly;
    }

    DataSource dataSource() {
        return pool;
    }

    /** Writes a verified copy of the database to {@code target}, which must not exist yet. */
    public void copyTo(Path target) {
        Backups.copy(pool, target);
    }

    /** The backups of this database. */
    public Backups backups() {
        return new Backups(file.getParent(), Clock.systemDefaultZone());
    }

    /** Takes a verified backup in {@code backups/} now; {@code reason} ends its name. */
    public Path backUp(String reason) {
        return backups().take(pool, reason);
    }

    /** Closes the connections; a database open for writing marks the run as ended cleanly. */
    @Override
    public void close() {
        try {
            if (readOnly.isEmpty()) {
                PlannerStatistics.refreshAtClose(pool);
            }
        } finally {
            pool.close();
            if (readOnly.isEmpty()) {
                CleanRunMarker.runEnded(file.getParent());
            }
            ownLock.ifPresent(InstanceLock::close);
        }
    }

    private static HikariDataSource pool(DataSource source, boolean readOnly) {
        HikariConfig config = new HikariConfig();
        config.setReadOnly(readOnly);
        config.setDataSource(source);
        config.setPoolName("protocol-desk-db");
        config.setMaximumPoolSize(READ_CONNECTIONS);
        config.setMinimumIdle(1);
        return new HikariDataSource(config);
    }
}
