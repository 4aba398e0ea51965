package org.protocoldesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.protocoldesk.bench.RecordedStatement;
import org.protocoldesk.bench.StatementRecorder;

/**
 * What SQLite's planner does with the statements of a read: records them with their bound values, asks
 * {@code EXPLAIN QUERY PLAN} for each, and reports every full scan (with or without an index: a scan visits every
 * row) of the big tables, which a query over a range of dates must reach through an index search instead.
 */
final class QueryPlans {
    /** The tables that grow with the years: a range query that scans one of them slows down every year. */
    static final Set<String> GROWING = Set.of("meeting", "meeting_attendee", "invitation", "follow_up", "person");
    private static final Pattern SCAN = Pattern.compile("^SCAN (\\w+)");
    private static final Pattern INDEX_SCAN = Pattern.compile("^SCAN (\\w+) USING (?:COVERING )?INDEX (\\w+)");
    private static final Pattern EQUALITY_SEARCH =
            Pattern.compile("^SEARCH (\\w+) USING (?:COVERING )?INDEX (\\w+) \\(((?:\\w+=\\?(?: AND )?)+)\\)$");
    /** An index lookup that finds more than this share of its table is a walk of the table in disguise. */
    private static final double WIDE_LOOKUP = 0.2;
    private static final Pattern ALIAS = Pattern.compile("\"?(\\w+)\"?\\s+as\\s+\"?(\\w+)\"?", Pattern.CASE_INSENSITIVE);

    private QueryPlans() {
    }

    /**
     * Each full scan of a growing table, as "plan line — in: statement", for an assertion message. A scan of a
     * partial index is no full scan: it visits only the rows of its predicate (e.g. the pending invitations). A
     * search on equal keys that match more than a fifth of the table on average is one: {@code SEARCH person USING
     * INDEX person_side_sort (side=?)} walks every counterpart, as the meetings list once did.
     *
     * @param topOf the table of which the read takes the first rows in an index's order ("the 1,000 latest
     *              meetings"), or null: such a scan of that table's index stops at its LIMIT, although the plan
     *              cannot say so; a scan of the table itself is still reported
     */
    static List<String> fullScansOfGrowingTables(Database database, Function<Stores, ?> read, String topOf) {
        Set<String> partialIndexes = partialIndexes(database);
        List<String> scans = new ArrayList<>();
        for (RecordedStatement statement : StatementRecorder.statementsOf(database, read)) {
            Map<String, String> tables = aliases(statement.sql());
            for (String line : plan(database, statement)) {
                Matcher search = EQUALITY_SEARCH.matcher(line);
                if (search.find() && GROWING.contains(tables.getOrDefault(search.group(1), search.group(1)))
                        && !partialIndexes.contains(search.group(2))
                        && shareOfTablePerKey(database, search.group(2), search.group(3).split(" AND ").length)
                        > WIDE_LOOKUP) {
                    scans.add(line + " — in: " + statement.sql());
                }
                Matcher scan = SCAN.matcher(line);
                if (!scan.find()) {
                    continue;
                }
                String table = tables.getOrDefault(scan.group(1), scan.group(1));
                Matcher indexScan = INDEX_SCAN.matcher(line);
                boolean bounded = indexScan.find()
                        && (partialIndexes.contains(indexScan.group(2)) || table.equals(topOf));
                if (GROWING.contains(table) && !bounded) {
                    scans.add(line + " — in: " + statement.sql());
                }
            }
        }
        return scans;
    }

    /** The average share of its table that one value of the index's first {@code columns} columns matches. */
    private static double shareOfTablePerKey(Database database, String index, int columns) {
        return new DataStore(database.configuration()).read(s -> {
            List<String> names = s.dsl().resultQuery("SELECT name FROM pragma_index_info(?) ORDER BY seqno", index)
                    .fetch(0, String.class).subList(0, columns);
            String table = s.dsl().resultQuery("SELECT tbl_name FROM sqlite_master WHERE name = ?", index)
                    .fetchSingle(0, String.class);
            double keys = s.dsl().resultQuery("SELECT count(*) FROM (SELECT DISTINCT " + String.join(", ", names)
                    + " FROM " + table + ")").fetchSingle(0, Double.class);
            return keys == 0 ? 0 : 1 / keys;
        });
    }

    private static Set<String> partialIndexes(Database database) {
        return Set.copyOf(new DataStore(database.configuration()).read(s -> s.dsl()
                .resultQuery("SELECT name FROM sqlite_master WHERE type = 'index' AND sql LIKE '% WHERE %'")
                .fetch(0, String.class)));
    }

    /** The plan's lines, e.g. "SEARCH meeting USING INDEX meeting_date (local_date>? AND local_date<?)". */
    static List<String> plan(Database database, RecordedStatement statement) {
        try (Connection connection = database.configuration().connectionProvider().acquire();
             PreparedStatement explain = statement.prepare(connection, "EXPLAIN QUERY PLAN ");
             ResultSet rows = explain.executeQuery()) {
            List<String> lines = new ArrayList<>();
            while (rows.next()) {
                lines.add(rows.getString("detail"));
            }
            return lines;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot explain " + statement.sql(), e);
        }
    }

    /** Alias to table, from jOOQ's {@code "person" as "inviter_person"}; the plan names tables by alias. */
    private static Map<String, String> aliases(String sql) {
        Map<String, String> tables = new HashMap<>();
        Matcher alias = ALIAS.matcher(sql);
        while (alias.find()) {
            tables.put(alias.group(2), alias.group(1));
        }
        return tables;
    }
}
