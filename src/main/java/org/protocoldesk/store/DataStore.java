package org.protocoldesk.store;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jooq.Configuration;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.protocoldesk.model.WriteFailedException;

/**
 * The entry to all stores. Reads run in a read transaction (one consistent snapshot under WAL); writes run in a
 * transaction begun IMMEDIATE, one at a time, on the nested context of that transaction, never the outer one. A
 * write the machine could not take (a full disk, a file held by another program) fails as a
 * {@link WriteFailedException}.
 */
public final class DataStore {
    private final DSLContext dsl;
    private final ReentrantLock writer = new ReentrantLock(true);

    public DataStore(Configuration configuration) {
        this.dsl = DSL.using(configuration);
    }

    public <T> T read(Function<Stores, T> work) {
        return dsl.transactionResult(tx -> work.apply(new Stores(tx.dsl())));
    }

    public <T> T write(Function<Stores, T> work) {
        writer.lock();
        try {
            return ImmediateWrites.run(dsl, tx -> work.apply(new Stores(tx.dsl())));
        } catch (RuntimeException e) {
            throw WriteFailures.of(e).<RuntimeException>map(failure -> new WriteFailedException(failure, e)).orElse(e);
        } finally {
            writer.unlock();
        }
    }

    public void writeAll(Consumer<Stores> work) {
        write(stores -> {
            work.accept(stores);
            return null;
        });
    }
}
