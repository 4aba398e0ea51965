package org.protocoldesk.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.jooq.ConnectionProvider;
import org.jooq.DSLContext;
import org.jooq.TransactionalCallable;
import org.jooq.exception.DataAccessException;
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
        ConnectionProvider provider = dsl.configuration().connectionProvider();
        Connection connection = provider.acquire();
        RuntimeException failed = null;
        try {
            return runImmediate(dsl, connection, work);
        } catch (RuntimeException e) {
            failed = e;
            throw e;
        } finally {
            release(provider, connection, failed);
        }
    }

    private static <T> T runImmediate(DSLContext dsl, Connection connection, TransactionalCallable<T> work) {
        try {
            SQLiteConnectionConfig settings = connection.unwrap(SQLiteConnection.class).getConnectionConfig();
            TransactionMode was = settings.getTransactionMode();
            settings.setTransactionMode(TransactionMode.IMMEDIATE);
            try {
                return DSL.using(dsl.configuration().derive(new DefaultConnectionProvider(connection)))
                        .transactionResult(work);
            } finally {
                settings.setTransactionMode(was);
            }
        } catch (SQLException e) {
            throw new DataAccessException("Cannot set up a write transaction", e);
        }
    }

    /**
     * After SQLITE_FULL, SQLITE_IOERR or SQLITE_BUSY SQLite has already rolled the transaction back itself, so the
     * pool's rollback on release fails too: that second failure must not hide the first, which says what happened.
     */
    private static void release(ConnectionProvider provider, Connection connection, RuntimeException failed) {
        try {
            provider.release(connection);
        } catch (RuntimeException releaseFailed) {
            if (failed == null) {
                throw releaseFailed;
            }
            failed.addSuppressed(releaseFailed);
        }
    }
}
