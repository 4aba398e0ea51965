package org.protocoldesk.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.Optional;
import org.protocoldesk.model.ReadOnlyCause;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.output.MigrateResult;
import org.jooq.Configuration;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.DefaultExecuteListenerProvider;

/**
 * The user's SQLite database: opens or creates it (a new folder 0700, a new file 0600 on POSIX; what exists keeps
 * the mode the user gave it), applies the connection pragmas, migrates it with Flyway — after a private backup in
 * {@code backups/} when an existing schema is about to change — refreshes the query planner's statistics
 * ({@link PlannerStatistics}, at open and at close) and builds the one jOOQ {@link Configuration} of the
 * application. A database the user made read-only is opened for reading only, and says why.
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
    private final Optional<InstanceLock> lock;

    private Database(Path file, HikariDataSource pool, int migrationsApplied, Optional<ReadOnlyCause> readOnly,
                     Optional<InstanceLock> lock) {
        this.file = file;
        this.lock = lock;
        this.pool = pool;
        this.configuration = new DefaultConfiguration()
                .set(pool)
                .set(SQLDialect.SQLITE)
                .set(new Settings().withExecuteLogging(false))
                .set(new DefaultExecuteListenerProvider(new FxThreadGuard()));
        this.migrationsApplied = migrationsApplied;
        this.readOnly = readOnly;
    }

    /**
     * Opens the database in {@code dataDir}, creating folder and file if needed, and brings its schema up to date.
     * Holds the folder's {@link InstanceLock} until closed; throws {@link AlreadyRunningException} if another holds it.
     */
    public static Database open(Path dataDir) {
        return open(dataDir, MIGRATIONS);
    }

    static Database open(Path dataDir, String... migrationLocations) {
        return open(dataDir, lock(dataDir), migrationLocations);
    }

    /** The lock of a writable data folder, created if missing; none for a folder nobody may write. */
    public static Optional<InstanceLock> lock(Path dataDir) {
        DataFolderAccess.createFolder(dataDir);
        return PrivateFiles.writable(dataDir) ? Optional.of(InstanceLock.acquire(dataDir)) : Optional.empty();
    }

    /** Opens the database of a data folder whose lock the caller took; the database releases it when closed. */
    public static Database open(Path dataDir, Optional<InstanceLock> lock) {
        return open(dataDir, lock, MIGRATIONS);
    }

    private static Database open(Path dataDir, Optional<InstanceLock> lock, String... migrationLocations) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            Optional<ReadOnlyCause> readOnly = DataFolderAccess.prepare(dataDir, file);
            if (readOnly.isPresent()) {
                return new Database(file, pool(ConnectionSettings.readOnly(file), true), 0, readOnly, lock);
            }
            HikariDataSource pool = pool(ConnectionSettings.readWrite(file), false);
            try {
                int applied = migrate(pool, file, migrationLocations);
                PlannerStatistics.refreshAtOpen(pool);
                return new Database(file, pool, applied, Optional.empty(), lock);
            } catch (RuntimeException e) {
                pool.close();
                throw e;
            }
        } catch (RuntimeException e) {
            lock.ifPresent(InstanceLock::close);
            throw e;
        }
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

    @Override
    public void close() {
        try {
            if (readOnly.isEmpty()) {
                PlannerStatistics.refreshAtClose(pool);
            }
        } finally {
            pool.close();
            lock.ifPresent(InstanceLock::close);
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

    private static int migrate(HikariDataSource pool, Path file, String... locations) {
        Flyway flyway = Flyway.configure()
                .dataSource(pool)
                .locations(locations)
                .failOnMissingLocations(true)
                .load();
        MigrationInfoService info = flyway.info();
        if (info.applied().length > 0 && info.pending().length > 0) {
            PrivateBackup.beforeMigration(pool, file, info.current().getVersion().getVersion());
        }
        MigrateResult result = flyway.migrate();
        return result.migrationsExecuted;
    }
}
