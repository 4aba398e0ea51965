package org.protocoldesk.service;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs database and file work away from the UI thread. Reads may run side by side; writes run one at a time, in
 * the order submitted. {@code onSuccess} and {@code onFailure} run on the UI thread (in tests, where the runner
 * says), never on the worker.
 */
public interface TaskRunner extends AutoCloseable {

    <T> void read(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    <T> void write(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    /** Stops taking work and waits for the writes already submitted, so that nothing acknowledged is lost. */
    @Override
    void close();
}
