package org.protocoldesk.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** A consistent copy of the database, taken before a migration changes its schema, readable by its owner only. */
final class PrivateBackup {
    static final String FOLDER = "backups";

    private PrivateBackup() {
    }

    static Path beforeMigration(DataSource source, Path databaseFile, String fromVersion) {
        Path folder = databaseFile.resolveSibling(FOLDER);
        Path target = folder.resolve("before-migration-from-V" + fromVersion + "-" + System.currentTimeMillis() + ".db");
        try {
            PrivateFiles.createDirectories(folder);
            // VACUUM INTO fills an empty file as it finds it: created here, it is private from the start.
            PrivateFiles.createFile(target);
            try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
                // VACUUM INTO writes a consistent snapshot even while other connections read.
                statement.execute("VACUUM INTO '" + target.toAbsolutePath().toString().replace("'", "''") + "'");
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot back up the database before migrating it", e);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot back up the database before migrating it", e);
        }
    }
}
