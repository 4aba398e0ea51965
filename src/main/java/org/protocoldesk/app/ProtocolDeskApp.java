package org.protocoldesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.protocoldesk.app.cli.ProtocolDeskCommand;
import org.protocoldesk.app.cli.StartOptions;
import org.protocoldesk.service.ExecutorTaskRunner;
import org.protocoldesk.ui.common.Dialogs;
import org.protocoldesk.ui.common.Refreshable;
import org.protocoldesk.ui.shell.AppIcon;
import org.protocoldesk.ui.shell.AppInfo;
import org.protocoldesk.ui.shell.DemoDataController;
import org.protocoldesk.ui.shell.MainController;
import org.protocoldesk.ui.shell.MainView;
import org.protocoldesk.ui.shell.UserGuide;
import org.protocoldesk.ui.shell.WindowDialogs;

/**
 * The application: opens the database on a worker while it shows the window, then lets the screens fill in.
 * Remembers the window's place and theme between runs.
 */
public final class ProtocolDeskApp extends Application {
    private StartOptions options;
    private AppInfo info;
    private WindowSettingsFile settingsFile;
    private WindowSettings settings;
    private List<Image> icons;
    private final WindowPlacement placement = new WindowPlacement();
    private final AtomicReference<Backend> backend = new AtomicReference<>();
    private final FxCallbacks callbacks = new FxCallbacks();
    private ExecutorTaskRunner tasks;
    private MainController shell;
    private Screens screens;
    private MainView view;
    /** Set on the FX thread once the database is open, or could not be. */
    private Backend openedBackend;
    private Throwable openFailure;
    private final StartupTrace trace = StartupTrace.fromEnvironment();

    /**
     * Runs on the launcher thread, so the file reads here keep the FX thread free. Starts opening the database (which
     * may migrate it) at once: the worker does that while the FX thread builds and shows the window.
     */
    @Override
    public void init() {
        options = ProtocolDeskCommand.startOptions(getParameters().getRaw());
        Path dataDir = DataDirectory.resolve(options.dataDir());
        info = new AppInfo(Version.current(), dataDir);
        tasks = new ExecutorTaskRunner(callbacks, this::showTasksInFlight);
        tasks.write(this::openBackend, this::backendOpened, this::backendFailed);
        settingsFile = new WindowSettingsFile(dataDir.resolve(WindowSettingsFile.NAME));
        settings = settingsFile.load();
        icons = AppIcon.windowIcons();
    }

    @Override
    public void start(Stage stage) {
        screens = new Screens();
        view = new MainView();
        shell = new MainController(view, screens.nodes(), info, settings.theme());
        screens.connectNavigation(shell::show);
        UserGuide.connect(view, tasks, new WindowDialogs(() -> stage));

        stage.setTitle(AppInfo.NAME);
        stage.getIcons().setAll(icons);
        stage.setScene(new Scene(view.root()));
        placement.applyTo(stage, settings);
        stage.setOnHiding(event -> saveWindowSettings(stage));
        trace.watch(stage, screens.todayFilled(), tasks);
        stage.show();
        connectWhenBothReady();
    }

    private void showTasksInFlight(int count) {
        if (shell != null) {
            shell.showTasksInFlight(count);
        }
    }

    private void backendOpened(Backend opened) {
        openedBackend = opened;
        connectWhenBothReady();
    }

    private void backendFailed(Throwable failure) {
        openFailure = failure;
        connectWhenBothReady();
    }

    // The database may open before or after the window shows: whichever comes second connects the screens.
    private void connectWhenBothReady() {
        if (shell == null) {
            return;
        }
        if (openFailure != null) {
            shell.showDatabaseFailure(openFailure);
        } else if (openedBackend != null) {
            connect(screens, view, openedBackend);
        }
    }

    // Kept as soon as it is open, on the worker, so that stop() closes it even if the window closed meanwhile.
    private Backend openBackend() {
        Backend opened = Backend.open(info.dataDir());
        backend.set(opened);
        return opened;
    }

    private void connect(Screens screens, MainView view, Backend opened) {
        Dialogs dialogs = new WindowDialogs(() -> view.root().getScene().getWindow());
        List<Refreshable> dataScreens = screens.connect(opened, tasks, dialogs, Clock.systemDefaultZone());
        new DemoDataController(view, tasks, opened.demoData(), () -> dataScreens.forEach(Refreshable::refresh),
                dialogs, info.dataDir()).start(options.demoOnFirstStart());
    }

    private void saveWindowSettings(Stage stage) {
        WindowSettings current = placement.capture(stage, shell.themeProperty().get());
        // A failure is logged by the runner; at close there is nobody left to tell.
        tasks.write(() -> {
            settingsFile.save(current);
            return current;
        }, saved -> { }, failure -> { });
    }

    /** Waits for the writes still pending, the window settings among them, then closes the database. */
    @Override
    public void stop() {
        callbacks.stop();
        if (tasks != null) {
            tasks.close();
        }
        Backend opened = backend.get();
        if (opened != null) {
            opened.close();
        }
    }
}
