package org.protocoldesk.app;

import java.util.concurrent.Executor;
import javafx.application.Platform;

/**
 * Runs the task runner's callbacks on the FX thread while the app is running. Once it stops, callbacks still queued
 * are dropped: a result that arrives during shutdown must not start new work on a runner that has closed.
 */
final class FxCallbacks implements Executor {
    private volatile boolean stopped;

    @Override
    public void execute(Runnable callback) {
        Platform.runLater(() -> {
            if (!stopped) {
                callback.run();
            }
        });
    }

    void stop() {
        stopped = true;
    }
}
