package org.protocoldesk.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sqlite.SQLiteConfig;

/**
 * SQLite's own checks of a database file: {@code quick_check} (fast, at every start), {@code integrity_check} (also
 * the indexes against their tables, after a run that did not end cleanly, and on every backup), and
 * {@code foreign_key_check}. The one place these pragmas are spelt.
 */
public final class HealthCheck {
    private HealthCheck() {
    }

    /** What is wrong with the file, or empty when the checks pass; it is opened for reading only. */
    public static Optional<String> problem(Path file, boolean full) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(),
                config.toProperties())) {
            return problem(connection, full);
        } catch (SQLException e) {
            return Optional.of(e.getMessage());
        }
    }

    static Optional<String> problem(Connection connection, boolean full) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            List<String> integrity = rows(statement, full ? "PRAGMA integrity_check" : "PRAGMA quick_check");
            if (!integrity.equals(List.of("ok"))) {
                return Optional.of(String.join("; ", integrity));
            }
            List<String> orphans = rows(statement, "PRAGMA foreign_key_check");
            return orphans.isEmpty() ? Optional.empty()
                    : Optional.of("records that refer to missing ones in " + String.join(", ", orphans));
        }
    }

    private static List<String> rows(Statement statement, String pragma) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery(pragma)) {
            while (result.next() && rows.size() < 10) {
                // integrity_check may spread one finding over lines: a problem is told on one line
                rows.add(result.getString(1).replace("*** in database main ***", "").strip().replaceAll("\\s+", " "));
            }
        }
        return rows;
    }
}
