package org.protocoldesk.store;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jooq.Configuration;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.protocoldesk.model.StorageFailedException;

/**
 * The entry to all stores. Reads run in a read transaction (one consistent snapshot under WAL); writes run in a
 * transaction begun IMMEDIATE, one at a time, on the nested context of that transaction, never the outer one. A write
 * that fails because the database stayed locked or the disk is full throws a {@link StorageFailedException}.
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
        } catch (RuntimeException failure) {
            throw StorageFailures.translated(failure);
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
