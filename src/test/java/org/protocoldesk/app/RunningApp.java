package org.protocoldesk.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real application, started headless on a data folder exactly as {@code protocol-desk --data-dir DIR} starts it:
 * same wiring, same database, same task runner.
 */
final class RunningApp implements AutoCloseable {
    private static final long PATIENCE_SECONDS = 60; // an upper bound only: a loaded machine loads the demo data slowly

    private final Application app;
    private final Stage stage;
    private final AtomicInteger exitStatus;

    private RunningApp(Application app, Stage stage, AtomicInteger exitStatus) {
        this.app = app;
        this.stage = stage;
        this.exitStatus = exitStatus;
    }

    static RunningApp start(Path dataDir, String... moreArgs) throws TimeoutException {
        Stage stage = FxToolkit.registerPrimaryStage();
        // Closing the window must not end the toolkit that the next test starts its app in.
        Platform.setImplicitExit(false);
        List<String> args = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        args.addAll(List.of(moreArgs));
        AtomicInteger exitStatus = new AtomicInteger(-1);
        Application app = FxToolkit.setupApplication(() -> new ProtocolDeskApp(args, exitStatus::set));
        return new RunningApp(app, stage, exitStatus);
    }

    /** The status the process would end with once the app stopped; -1 for a clean end (or not stopped yet). */
    int exitStatus() {
        return exitStatus.get();
    }

    /** The app's screens; call on the FX thread. */
    Screens screens() {
        return ((ProtocolDeskApp) app).screens();
    }

    Stage stage() {
        return stage;
    }

    /** Waits, without holding the FX thread, until {@code condition} (checked on the FX thread) holds. */
    static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    /** Closes the window as the user does, then stops the app: pending writes finish, the database closes. */
    @Override
    public void close() throws TimeoutException {
        FxToolkit.setupFixture(() -> {
            if (stage.isShowing()) {
                stage.hide();
            }
        });
        FxToolkit.cleanupApplication(app);
    }
}
