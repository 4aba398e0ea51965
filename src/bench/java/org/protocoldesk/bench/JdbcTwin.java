package org.protocoldesk.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jooq.ConnectionProvider;

/**
 * The plain-JDBC twin of a measured path: the very statements jOOQ sent, with the same bound values, run in one
 * read transaction on a connection of the same pool, each row read into an array of its column values.
 */
final class JdbcTwin {
    private final ConnectionProvider connections;
    private final List<RecordedStatement> statements;

    JdbcTwin(ConnectionProvider connections, List<RecordedStatement> statements) {
        this.connections = connections;
        this.statements = statements;
    }

    List<List<Object[]>> run() throws SQLException {
        Connection connection = connections.acquire();
        try {
            connection.setAutoCommit(false);
            List<List<Object[]>> results = new ArrayList<>(statements.size());
            for (RecordedStatement recorded : statements) {
                try (PreparedStatement statement = recorded.prepare(connection, "");
                     ResultSet rows = statement.executeQuery()) {
                    results.add(read(rows));
                }
            }
            connection.commit();
            return results;
        } finally {
            connection.setAutoCommit(true);
            connections.release(connection);
        }
    }

    private static List<Object[]> read(ResultSet rows) throws SQLException {
        int columns = rows.getMetaData().getColumnCount();
        List<Object[]> out = new ArrayList<>();
        while (rows.next()) {
            Object[] row = new Object[columns];
            for (int c = 0; c < columns; c++) {
                row[c] = rows.getObject(c + 1);
            }
            out.add(row);
        }
        return out;
    }
}
