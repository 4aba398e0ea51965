package org.protocoldesk.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.output.MigrateResult;
import org.jooq.Configuration;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The user's SQLite database: opens or creates it (folder 0700, file 0600 on POSIX), applies the connection pragmas,
 * migrates it with Flyway — after a private backup in {@code backups/} when an existing schema is about to
 * change — and builds the one jOOQ {@link Configuration} of the application.
 */
public final class Database implements AutoCloseable {
    public static final String FILE_NAME = "protocol-desk.db";
    private static final int READ_CONNECTIONS = 4;
    private static final String MIGRATIONS = "classpath:db/migration";

    private final Path file;
    private final HikariDataSource pool;
    private final Configuration configuration;
    private final int migrationsApplied;

    private Database(Path file, HikariDataSource pool, Configuration configuration, int migrationsApplied) {
        this.file = file;
        this.pool = pool;
        this.configuration = configuration;
        this.migrationsApplied = migrationsApplied;
    }

    /** Opens the database in {@code dataDir}, creating folder and file if needed, and brings its schema up to date. */
    public static Database open(Path dataDir) {
        return open(dataDir, MIGRATIONS);
    }

    static Database open(Path dataDir, String... migrationLocations) {
        Path file = dataDir.resolve(FILE_NAME);
        createPrivately(dataDir, file);
        HikariDataSource pool = pool(file);
        try {
            int applied = migrate(pool, file, migrationLocations);
            Configuration configuration = new DefaultConfiguration()
                    .set(pool)
                    .set(SQLDialect.SQLITE)
                    .set(new Settings().withExecuteLogging(false))
                    .set(new DefaultExecuteListenerProvider(new FxThreadGuard()));
            new DataStore(configuration).writeAll(s -> new SearchIndex(s.dsl()).ensureCurrent());
            return new Database(file, pool, configuration, applied);
        } catch (RuntimeException e) {
            pool.close();
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

    @Override
    public void close() {
        pool.close();
    }

    private static HikariDataSource pool(Path file) {
        SQLiteConfig sqlite = new SQLiteConfig();
        sqlite.enforceForeignKeys(true);
        sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // An acknowledged save must survive a power cut: FULL syncs the WAL on every commit.
        sqlite.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        sqlite.setBusyTimeout(10_000);
        sqlite.setTempStore(SQLiteConfig.TempStore.MEMORY);
        SQLiteDataSource source = new SQLiteDataSource(sqlite);
        source.setUrl("jdbc:sqlite:" + file.toAbsolutePath());

        HikariConfig config = new HikariConfig();
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

    private static void createPrivately(Path dataDir, Path file) {
        try {
            PrivateFiles.createDirectory(dataDir);
            PrivateFiles.createFile(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the database in " + dataDir, e);
        }
    }
}
