package org.protocoldesk.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** The SQLite settings of every connection: the pragmas that make an acknowledged save durable, or reading only. */
final class ConnectionSettings {
    static final int BUSY_TIMEOUT_MILLIS = 10_000;

    private ConnectionSettings() {
    }

    static SQLiteDataSource readWrite(Path file) {
        return readWrite(file, Duration.ofMillis(BUSY_TIMEOUT_MILLIS));
    }

    /** @param busyTimeout how long a write waits for another connection's write lock before it fails */
    static SQLiteDataSource readWrite(Path file, Duration busyTimeout) {
        SQLiteConfig sqlite = common();
        sqlite.setBusyTimeout((int) busyTimeout.toMillis());
        sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // An acknowledged save must survive a power cut: FULL syncs the WAL on every commit.
        sqlite.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        return source(sqlite, file.toAbsolutePath().toString());
    }

    /**
     * Reading only, the journal as it is. In a folder that cannot be written SQLite could not make the WAL's shared
     * memory file: with no WAL left over from a crash, the file is opened as immutable, which needs none.
     */
    static SQLiteDataSource readOnly(Path file) {
        SQLiteConfig sqlite = common();
        sqlite.setReadOnly(true);
        boolean folderWritable = PrivateFiles.writable(file.toAbsolutePath().getParent());
        boolean walLeft = Files.exists(file.resolveSibling(file.getFileName() + "-wal"));
        if (!folderWritable && !walLeft) {
            String path = file.toAbsolutePath().toString().replace("%", "%25").replace("?", "%3f").replace("#", "%23");
            return source(sqlite, "file:" + path + "?immutable=1");
        }
        return source(sqlite, file.toAbsolutePath().toString());
    }

    private static SQLiteConfig common() {
        SQLiteConfig sqlite = new SQLiteConfig();
        sqlite.enforceForeignKeys(true);
        sqlite.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        sqlite.setTempStore(SQLiteConfig.TempStore.MEMORY);
        return sqlite;
    }

    private static SQLiteDataSource source(SQLiteConfig sqlite, String name) {
        SQLiteDataSource source = new SQLiteDataSource(sqlite);
        source.setUrl("jdbc:sqlite:" + name);
        return source;
    }
}
