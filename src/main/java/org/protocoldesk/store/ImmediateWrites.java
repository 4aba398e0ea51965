package org.protocoldesk.store;

import org.jooq.DSLContext;
import org.jooq.TransactionalCallable;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConnectionProvider;
import org.sqlite.SQLiteConfig.TransactionMode;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteConnectionConfig;

/**
 * Write transactions begin {@code IMMEDIATE}: they take SQLite's write lock at BEGIN, so a competing writer (another
 * process, a backup's reader) makes them wait up to the busy timeout. A deferred one would read first, then fail at
 * once with SQLITE_BUSY on its first write when someone else committed meanwhile. Reads stay deferred, side by side.
 */
final class ImmediateWrites {
    private ImmediateWrites() {
    }

    static <T> T run(DSLContext dsl, TransactionalCallable<T> work) {
        return dsl.connectionResult(connection -> {
            SQLiteConnectionConfig settings = connection.unwrap(SQLiteConnection.class).getConnectionConfig();
            TransactionMode was = settings.getTransactionMode();
            settings.setTransactionMode(TransactionMode.IMMEDIATE);
            try {
                return DSL.using(dsl.configuration().derive(new DefaultConnectionProvider(connection)))
                        .transactionResult(work);
            } finally {
                settings.setTransactionMode(was);
            }
        });
    }
}
