package org.protocoldesk.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.exception.DataAccessException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * A write the database refused because it breaks one of the schema's rules, told without SQL: which kind of rule,
 * and the columns it concerns, so that a service can name the field at fault. Still a jOOQ DataAccessException, as
 * the write failed in jOOQ.
 */
public final class ConstraintViolationException extends DataAccessException {
    /** The kinds of rule SQLite enforces. */
    public enum Rule { UNIQUE, CHECK, NOT_NULL, FOREIGN_KEY }

    private static final Pattern DETAIL = Pattern.compile("constraint failed: (.+?)\\)?$");
    private static final Pattern WORD = Pattern.compile("\\b[A-Za-z_][A-Za-z0-9_]*+(?!\\s*\\()");
    private static final Set<String> SQL_WORDS = Set.of("and", "or", "not", "null", "is", "in", "between", "like",
            "glob", "case", "when", "then", "else", "end", "collate", "nocase");

    private final Rule rule;
    private final transient List<String> columns;

    ConstraintViolationException(Rule rule, List<String> columns, Throwable cause) {
        super(rule.name().replace('_', ' ') + " constraint failed"
                + (columns.isEmpty() ? "" : " on " + String.join(", ", columns)), cause);
        this.rule = rule;
        this.columns = List.copyOf(columns);
    }

    public Rule rule() {
        return rule;
    }

    /**
     * The columns the rule concerns, without their table: those of a UNIQUE or NOT NULL rule, the names in a CHECK's
     * expression; none for a foreign key (SQLite does not say which).
     */
    public List<String> columns() {
        return columns;
    }

    /** The rule broken, if {@code failure} (or one of its causes) is SQLite refusing a write for one. */
    static Optional<ConstraintViolationException> of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException sqlite) {
                return rule(sqlite.getResultCode())
                        .map(rule -> new ConstraintViolationException(rule, columns(rule, sqlite), failure));
            }
            if (t instanceof SQLException) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<Rule> rule(SQLiteErrorCode code) {
        return Optional.ofNullable(switch (code) {
            case SQLITE_CONSTRAINT_UNIQUE, SQLITE_CONSTRAINT_PRIMARYKEY -> Rule.UNIQUE;
            case SQLITE_CONSTRAINT_CHECK -> Rule.CHECK;
            case SQLITE_CONSTRAINT_NOTNULL -> Rule.NOT_NULL;
            case SQLITE_CONSTRAINT_FOREIGNKEY -> Rule.FOREIGN_KEY;
            default -> null;
        });
    }

    /** "UNIQUE constraint failed: person_alias.person_id, person_alias.spelling", "CHECK constraint failed: x >= 1". */
    private static List<String> columns(Rule rule, SQLiteException sqlite) {
        Matcher detail = DETAIL.matcher(sqlite.getMessage() == null ? "" : sqlite.getMessage().strip());
        if (rule == Rule.FOREIGN_KEY || !detail.find()) {
            return List.of();
        }
        List<String> columns = new ArrayList<>();
        if (rule == Rule.CHECK) {
            Matcher word = WORD.matcher(detail.group(1).replaceAll("'[^']*'", ""));
            while (word.find()) {
                String name = word.group();
                if (!SQL_WORDS.contains(name.toLowerCase(java.util.Locale.ROOT)) && !columns.contains(name)) {
                    columns.add(name);
                }
            }
        } else {
            for (String qualified : detail.group(1).split(",\\s*")) {
                columns.add(qualified.substring(qualified.lastIndexOf('.') + 1).strip());
            }
        }
        return columns;
    }
}
