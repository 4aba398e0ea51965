package org.protocoldesk.store;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DefaultExecuteListenerProvider;

/** Counts the statements a read sends to the database, to show that a list is not loaded row by row (N+1). */
final class QueryCounter implements ExecuteListener {
    private final AtomicInteger statements = new AtomicInteger();

    static <T> int statementsOf(Database database, Function<Stores, T> work) {
        QueryCounter counter = new QueryCounter();
        new DataStore(database.configuration().derive(new DefaultExecuteListenerProvider(counter))).read(work);
        return counter.statements.get();
    }

    @Override
    public void executeStart(ExecuteContext ctx) {
        statements.incrementAndGet();
    }
}
