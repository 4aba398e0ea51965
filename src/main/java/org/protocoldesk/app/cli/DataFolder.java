package org.protocoldesk.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.protocoldesk.app.DataDirectory;
import org.protocoldesk.store.DamagedDatabaseException;
import org.protocoldesk.store.Database;
import org.protocoldesk.store.HealthCheck;
import org.protocoldesk.store.InstanceLock;
import org.protocoldesk.store.Restore;

/**
 * The data folder a command works on, and the one way the command line opens, checks, backs up and restores its
 * database. Each holds the folder's lock while it works: with the window open on the folder, it refuses.
 */
public record DataFolder(Path path) {

    static DataFolder resolve(Path option) {
        return new DataFolder(DataDirectory.resolve(option));
    }

    /** Opens (creating and migrating if needed) the database in this folder; the caller closes it. */
    public Database openDatabase() {
        return Database.open(path);
    }

    /** What is wrong with the database, in one line; empty when it is healthy. Changes nothing. */
    public Optional<String> problem() {
        Path file = path.resolve(Database.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.of("there is no database in " + path);
        }
        try (InstanceLock lock = Database.lock(path).orElse(null)) {
            return HealthCheck.problem(file, true).map(problem -> "the database " + file + " is damaged: " + problem);
        }
    }

    /** Writes a verified copy of the database to {@code target}, which must not exist yet. */
    public void backUpTo(Path target) {
        try (Database database = openDatabase()) {
            database.copyTo(target);
        }
    }

    /**
     * Checks {@code backup}, backs up the current database (unless it is damaged), then puts the backup in its place;
     * returns where the replaced files were kept.
     */
    public Path restoreFrom(Path backup) {
        HealthCheck.problem(backup, true).ifPresent(problem -> {
            throw new IllegalArgumentException(backup + " is not a good copy: " + problem);
        });
        try (InstanceLock lock = Database.lock(path).orElseThrow(
                () -> new IllegalStateException("the data folder " + path + " cannot be written to"))) {
            if (Files.isRegularFile(path.resolve(Database.FILE_NAME))) {
                backUpCurrent();
            }
            return Restore.replace(path, backup, Clock.systemUTC());
        }
    }

    private void backUpCurrent() {
        try (Database current = Database.openLocked(path)) {
            current.backUp("before-restore");
        } catch (DamagedDatabaseException damaged) {
            // never backed up; Restore keeps the damaged file aside
        }
    }
}
