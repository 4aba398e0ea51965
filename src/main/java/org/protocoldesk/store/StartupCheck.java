package org.protocoldesk.store;

import java.nio.file.Path;
import java.time.Clock;
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
        return new Backups(file.getParent(), Clock.systemUTC()).changedSinceNewest();
    }
}
