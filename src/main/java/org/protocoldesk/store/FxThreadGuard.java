package org.protocoldesk.store;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/**
 * Refuses any query started on the JavaFX application thread: database work there freezes the window.
 * Recognises the thread by its name so that the store layer needs no JavaFX.
 */
final class FxThreadGuard implements ExecuteListener {
    static final String FX_THREAD_NAME = "JavaFX Application Thread";

    @Override
    public void start(ExecuteContext ctx) {
        if (FX_THREAD_NAME.equals(Thread.currentThread().getName())) {
            throw new QueryOnFxThreadException(ctx.query() == null ? ctx.sql() : ctx.query().getSQL());
        }
    }
}
