package org.protocoldesk.service;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The real {@link TaskRunner}: a small pool of readers, one writer thread, and callbacks handed to a UI executor
 * ({@code Platform::runLater} in the app). It reports how many tasks are in flight, for a busy indicator.
 */
public final class ExecutorTaskRunner implements TaskRunner {
    private static final Logger LOG = Logger.getLogger(ExecutorTaskRunner.class.getName());
    private static final int READERS = 2;

    private final ExecutorService readers = Executors.newFixedThreadPool(READERS, named("pd-read"));
    private final ExecutorService writer = Executors.newSingleThreadExecutor(named("pd-write"));
    private final Executor callbacks;
    private final IntConsumer inFlightListener;
    private final AtomicInteger inFlight = new AtomicInteger();

    /**
     * @param callbacks        where results are delivered: the UI thread
     * @param inFlightListener told the number of tasks in flight whenever it changes, on the callback executor
     */
    public ExecutorTaskRunner(Executor callbacks, IntConsumer inFlightListener) {
        this.callbacks = callbacks;
        this.inFlightListener = inFlightListener;
    }

    @Override
    public <T> void read(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        submit(readers, work, onSuccess, onFailure);
    }

    @Override
    public <T> void write(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        submit(writer, work, onSuccess, onFailure);
    }

    private <T> void submit(ExecutorService pool, Callable<T> work, Consumer<? super T> onSuccess,
                            Consumer<Throwable> onFailure) {
        report(inFlight.incrementAndGet());
        pool.execute(() -> {
            try {
                T result = work.call();
                callbacks.execute(() -> onSuccess.accept(result));
            } catch (Exception | Error e) {
                LOG.log(Level.WARNING, "Background task failed", e);
                callbacks.execute(() -> onFailure.accept(e));
            } finally {
                report(inFlight.decrementAndGet());
            }
        });
    }

    private void report(int count) {
        callbacks.execute(() -> inFlightListener.accept(count));
    }

    @Override
    public void close() {
        readers.shutdown();
        writer.shutdown();
        try {
            if (!writer.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.severe("Writes still running after 30 s at shutdown");
            }
            readers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        readers.shutdownNow();
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
