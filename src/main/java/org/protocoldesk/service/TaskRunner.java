package org.protocoldesk.service;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs database and file work away from the UI thread. Reads may run side by side; writes run one at a time, in
 * the order submitted. {@code onSuccess} and {@code onFailure} run on the UI thread (in tests, where the runner
 * says), never on the worker.
 */
public interface TaskRunner extends AutoCloseable {

    <T> void read(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    <T> void write(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * A read that can be cancelled and reports its progress through the returned object. Once cancelled, neither
     * callback runs: the check happens where the callbacks run, so a cancel from the UI thread before the result
     * arrives is always honoured.
     */
    default <T> Progress readCancellable(Function<Progress, T> work, Consumer<? super T> onSuccess,
                                         Consumer<Throwable> onFailure) {
        Progress progress = new Progress();
        read(() -> progress.isCancelled() ? null : work.apply(progress),
                result -> {
                    if (!progress.isCancelled()) {
                        onSuccess.accept(result);
                    }
                },
                failure -> {
                    if (!progress.isCancelled()) {
                        onFailure.accept(failure);
                    }
                });
        return progress;
    }

    /** Stops taking work and waits for the writes already submitted, so that nothing acknowledged is lost. */
    @Override
    void close();
}
