package org.protocoldesk.bench;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** One statement as jOOQ sent it to the driver: its SQL and the exact JDBC calls that bound its values. */
public record RecordedStatement(String sql, List<Bind> binds) {

    /** One {@code setXxx(index, value)} call, to be made again on another statement. */
    @FunctionalInterface
    public interface Bind {
        void applyTo(PreparedStatement statement) throws SQLException;
    }

    /** Prepares this statement's SQL (with {@code prefix}, e.g. "EXPLAIN QUERY PLAN ") and binds the same values. */
    public PreparedStatement prepare(java.sql.Connection connection, String prefix) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(prefix + sql);
        for (Bind bind : binds) {
            bind.applyTo(statement);
        }
        return statement;
    }
}
