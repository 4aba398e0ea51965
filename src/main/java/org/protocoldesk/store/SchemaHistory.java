package org.protocoldesk.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Tells, without starting Flyway, whether a schema is exactly at the migrations this build carries: Flyway's history
 * table read with plain JDBC against the versions the build listed beside each classpath location
 * ({@code db/migration.versions}, written by {@code pom.xml}). Loading Flyway and scanning the jar for migrations cost
 * most of a start whose schema needed nothing; when this cannot tell, Flyway decides as before.
 */
final class SchemaHistory {
    private static final String CLASSPATH = "classpath:";
    private static final String HISTORY = "SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL";

    private SchemaHistory() {
    }

    /** True only if every applied migration succeeded and they are exactly those shipped in {@code locations}. */
    static boolean current(DataSource source, String... locations) {
        Optional<Set<String>> shipped = shippedVersions(locations);
        if (shipped.isEmpty()) {
            return false;
        }
        Set<String> applied = new HashSet<>();
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(HISTORY)) {
            while (rows.next()) {
                if (!rows.getBoolean("success")) {
                    return false;
                }
                applied.add(rows.getString("version"));
            }
        } catch (SQLException e) {
            return false; // a new database has no history table: Flyway makes it
        }
        return applied.equals(shipped.get());
    }

    /** The versions listed for the locations, or empty if one of them has no list. */
    static Optional<Set<String>> shippedVersions(String... locations) {
        Set<String> versions = new HashSet<>();
        for (String location : locations) {
            if (!location.startsWith(CLASSPATH)) {
                return Optional.empty();
            }
            String list = location.substring(CLASSPATH.length()) + ".versions";
            try (InputStream in = SchemaHistory.class.getClassLoader().getResourceAsStream(list)) {
                if (in == null) {
                    return Optional.empty();
                }
                versions.addAll(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                        .map(String::strip).filter(name -> name.matches("V[0-9_]+__.*\\.sql"))
                        .map(name -> name.substring(1, name.indexOf("__")).replace('_', '.'))
                        .collect(Collectors.toSet()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Optional.of(versions);
    }
}
