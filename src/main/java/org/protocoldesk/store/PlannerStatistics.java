package org.protocoldesk.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Keeps SQLite's query planner informed. Without statistics it guesses, and on an office's grown database it once
 * chose to walk all 20,000 persons in name order to find the counterparts of 1,000 meetings (4 s instead of 45 ms).
 * As SQLite advises for long-lived connections: at open {@code PRAGMA optimize=0x10002} analyses every table whose
 * statistics are missing or stale, without the usual analysis limit, so that the first open of a database never
 * analysed gets exact statistics (about 2 s once for 200,000 meetings; tens of milliseconds afterwards); at close
 * the default {@code PRAGMA optimize} refreshes what this session's queries showed to be stale, within a limit.
 */
final class PlannerStatistics {
    private static final Logger LOG = Logger.getLogger(PlannerStatistics.class.getName());
    /** 0x10000: check every table, not only those this connection used; 0x02: analyse those that need it. */
    private static final String AT_OPEN = "PRAGMA optimize=0x10002";
    private static final String AT_CLOSE = "PRAGMA optimize";

    private PlannerStatistics() {
    }

    static void refreshAtOpen(DataSource database) {
        try {
            run(database, AT_OPEN);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot analyse the database for the query planner", e);
        }
    }

    /** Best effort: the statistics only help the planner, and a failure here must not stop the app closing. */
    static void refreshAtClose(DataSource database) {
        try {
            run(database, AT_CLOSE);
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "PRAGMA optimize at close failed", e);
        }
    }

    private static void run(DataSource database, String pragma) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(pragma);
        }
    }
}
