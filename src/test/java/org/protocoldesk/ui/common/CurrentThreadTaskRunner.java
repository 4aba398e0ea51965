package org.protocoldesk.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.protocoldesk.service.TaskRunner;

/**
 * Runs each task on the calling thread, but only when the test says so ({@link #runAll}), so that a test can hold
 * a result back and deliver it after a later one.
 */
public final class CurrentThreadTaskRunner implements TaskRunner {
    private final List<Runnable> pending = new ArrayList<>();

    @Override
    public <T> void read(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        pending.add(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        });
    }

    @Override
    public <T> void write(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        read(work, onSuccess, onFailure);
    }

    public void runAll() {
        List<Runnable> now = new ArrayList<>(pending);
        pending.clear();
        now.forEach(Runnable::run);
    }

    /** Runs the pending tasks and those they submit, until there are none. */
    public void runUntilIdle() {
        while (!pending.isEmpty()) {
            runAll();
        }
    }

    /** Runs the pending tasks from the last submitted to the first. */
    public void runAllInReverse() {
        List<Runnable> now = new ArrayList<>(pending);
        pending.clear();
        for (int i = now.size() - 1; i >= 0; i--) {
            now.get(i).run();
        }
    }

    @Override
    public void close() {
        runAll();
    }
}
