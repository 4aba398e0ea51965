package org.protocoldesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The check before the database opens for writing: SQLite's {@code quick_check} at every start, the full
 * {@code integrity_check} when the last run did not end cleanly. A damaged file is not opened.
 */
final class StartupCheck {
    private static final Logger LOG = Logger.getLogger(StartupCheck.class.getName());

    private StartupCheck() {
    }

    /** Throws {@link DamagedDatabaseException} on damage; else tells whether the data changed since the last backup. */
    static boolean run(Path file, boolean lastRunEndedCleanly) {
        boolean full = !lastRunEndedCleanly;
        if (full) {
            LOG.warning("The last run did not end cleanly: checking the whole database");
        }
        Optional<String> problem = HealthCheck.problem(file, full);
        if (problem.isPresent()) {
            throw new DamagedDatabaseException(file, problem.get());
        }
        return changedSince(file, new Backups(file.getParent(), Clock.systemUTC()).newest());
    }

    // Read before any connection opens: opening makes a new WAL file, which would look like a change.
    private static boolean changedSince(Path file, Optional<Instant> lastBackup) {
        try {
            if (Files.size(file) == 0) {
                return false;
            }
            Instant changed = Files.getLastModifiedTime(file).toInstant();
            Path wal = file.resolveSibling(file.getFileName() + "-wal");
            if (Files.exists(wal)) {
                Instant walChanged = Files.getLastModifiedTime(wal).toInstant();
                changed = walChanged.isAfter(changed) ? walChanged : changed;
            }
            return lastBackup.isEmpty() || changed.isAfter(lastBackup.get());
        } catch (IOException e) {
            return true;
        }
    }
}
