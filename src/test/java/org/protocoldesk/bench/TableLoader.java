package org.protocoldesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Loader;
import org.jooq.Table;

/**
 * Bulk-inserts generated rows through jOOQ's loader: multi-row INSERTs, sent in JDBC batches, inside the caller's
 * transaction. Values are given as the database holds them ('bilateral', 0/1, 'HH:MM'); the loader converts each to
 * the field's Java type, so the generator keeps working when a column gains a converter.
 */
final class TableLoader {
    private static final int ROWS_PER_INSERT = 200;
    private static final int INSERTS_PER_BATCH = 20;

    private final DSLContext tx;

    TableLoader(DSLContext tx) {
        this.tx = tx;
    }

    /** Inserts every row, each an array of values in the order of {@code fields}; fails on the first rejected row. */
    void load(Table<?> table, List<? extends Field<?>> fields, Stream<Object[]> rows) {
        load(table, fields, rows, false);
    }

    /** As {@link #load}, skipping rows whose key is already there (e.g. countries a migration seeded). */
    void loadMissing(Table<?> table, List<? extends Field<?>> fields, Stream<Object[]> rows) {
        load(table, fields, rows, true);
    }

    private void load(Table<?> table, List<? extends Field<?>> fields, Stream<Object[]> rows, boolean ignoreExisting) {
        try {
            // jOOQ cannot combine multi-row INSERTs with skipping existing keys: the few such rows go one by one.
            var options = ignoreExisting ? tx.loadInto(table).onDuplicateKeyIgnore().bulkNone()
                    : tx.loadInto(table).bulkAfter(ROWS_PER_INSERT);
            Loader<?> loader = options.batchAfter(INSERTS_PER_BATCH).commitNone()
                    .loadArrays(rows).fields(fields).execute();
            if (!loader.errors().isEmpty()) {
                throw new IllegalStateException("Generating " + table.getName() + " failed",
                        loader.errors().get(0).exception());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
