package org.protocoldesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.protocoldesk.app.cli.ExitCode;
import org.protocoldesk.app.cli.ProtocolDeskCommand;
import org.protocoldesk.app.cli.StartOptions;
import org.protocoldesk.app.cli.WindowStart;
import org.protocoldesk.model.TodayAgenda;
import org.protocoldesk.service.ExecutorTaskRunner;
import org.protocoldesk.store.AlreadyRunningException;
import org.protocoldesk.store.DamagedDatabaseException;
import org.protocoldesk.store.Database;
import org.protocoldesk.store.InstanceLock;
import org.protocoldesk.ui.common.Dialogs;
import org.protocoldesk.ui.search.SearchPopup;
import org.protocoldesk.ui.common.FrameTimes;
import org.protocoldesk.ui.common.Refreshable;
import org.protocoldesk.ui.meetinglog.MeetingLog;
import org.protocoldesk.ui.shell.AlreadyRunningDialog;
import org.protocoldesk.ui.shell.AppIcon;
import org.protocoldesk.ui.shell.AppInfo;
import org.protocoldesk.ui.shell.BackupController;
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
    private static final Logger LOG = Logger.getLogger(ProtocolDeskApp.class.getName());
    private final List<String> args;
    private final IntConsumer exit;
    private int exitStatus = ExitCode.DONE;
    private StartOptions options;
    private Optional<InstanceLock> lock = Optional.empty();
    private RuntimeException lockFailure;
    private AlreadyRunningException alreadyRunning;
    private InstanceMessenger messenger;
    private AppInfo info;
    private WindowSettingsFile settingsFile;
    private WindowSettings settings;
    private final WindowPlacement placement = new WindowPlacement();
    private final AtomicReference<Backend> backend = new AtomicReference<>();
    private final FxCallbacks callbacks = new FxCallbacks();
    private ExecutorTaskRunner tasks;
    private MainController shell;
    private Stage stage;
    private Screens screens;
    private MainView view;
    private Dialogs dialogs;
    private DataSafety safety;
    /** Set on the FX thread once the database is open, or could not be. */
    private Opened openedBackend;
    private Throwable openFailure;
    private final StartupTrace trace = StartupTrace.fromEnvironment();

    /** As {@code Application.launch} makes it: a failed run ends the process with a failure status. */
    public ProtocolDeskApp() {
        this(null, System::exit);
    }

    /**
     * @param args the command line, or null to take JavaFX's
     * @param exit told the exit status when the app stops after a failure
     */
    ProtocolDeskApp(List<String> args, IntConsumer exit) {
        this.args = args;
        this.exit = exit;
    }

    /**
     * Runs on the launcher thread, so the file reads here keep the FX thread free. Takes the data folder's lock before
     * any window shows: a second start on the same folder shows none.
     */
    @Override
    public void init() {
        trace.mark("init");
        List<String> raw = args != null ? args : getParameters().getRaw();
        options = WindowStart.parse(raw).orElseGet(() -> ProtocolDeskCommand.startOptions(raw));
        Path dataDir = DataDirectory.resolve(options.dataDir());
        info = new AppInfo(Version.current(), dataDir);
        try {
            lock = Database.lock(dataDir);
        } catch (AlreadyRunningException e) {
            alreadyRunning = e;
            return;
        } catch (RuntimeException e) {
            lockFailure = e; // told in the window, as opening the database would fail the same way
        }
        // The worker opens (and may migrate) the database while the FX thread builds and shows the window.
        tasks = new ExecutorTaskRunner(callbacks, this::showTasksInFlight);
        open();
        settingsFile = new WindowSettingsFile(dataDir.resolve(WindowSettingsFile.NAME));
        settings = settingsFile.load();
        trace.mark("init-done");
    }

    /** The screens, once the window is built (tests answer their file choosers through them). */
    Screens screens() {
        return screens;
    }

    @Override
    public void start(Stage stage) {
        if (alreadyRunning != null) {
            showTheRunningWindow();
            return;
        }
        trace.mark("start");
        this.stage = stage;
        settings.theme().apply();
        screens = new Screens();
        trace.mark("screens-built"); // with Today's view
        view = new MainView();
        trace.mark("main-view-built");
        shell = new MainController(view, screens::screen, info, settings.theme());
        screens.connectNavigation(shell::show);
        dialogs = new WindowDialogs(() -> stage);
        safety = new DataSafety(info.dataDir(), tasks, () -> stage);
        UserGuide.connect(view, tasks, dialogs);

        trace.mark("shell-built");
        stage.setTitle(AppInfo.NAME);
        // Decoded by a reader while the FX thread builds and shows the window: the desktop shows the icon, the frame
        // does not.
        tasks.read(AppIcon::windowIcons, stage.getIcons()::setAll, failure -> { });
        stage.setScene(new Scene(view.root()));
        placement.applyTo(stage, settings);
        stage.setOnHiding(event -> saveWindowSettings(stage));
        trace.watch(stage, screens.todayFilled(), tasks);
        FrameTimes.fromSettings().ifPresent(FrameTimes::start);
        stage.show();
        trace.mark("shown");
        connectWhenBothReady();
    }

    private void open() {
        openFailure = null;
        tasks.write(this::openBackend, this::backendOpened, this::backendFailed);
    }

    private void showTasksInFlight(int count) {
        if (shell != null) {
            shell.showTasksInFlight(count);
        }
    }

    private void backendOpened(Opened opened) {
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
            databaseFailed(openFailure);
        } else if (openedBackend != null) {
            connect(openedBackend);
        }
    }

    /**
     * The open database, and Today's data if it was read on the same worker right after opening: it is then ready
     * when the window connects, and shows in its first frames instead of a round trip later.
     */
    private record Opened(Backend backend, Optional<TodayAgenda> today) {
    }

    // Kept as soon as it is open, on the worker, so that stop() closes it even if the window closed meanwhile.
    private Opened openBackend() {
        if (lockFailure != null) {
            throw lockFailure;
        }
        if (messenger == null) {
            messenger = InstanceMessenger.listen(() -> callbacks.execute(() -> {
                if (stage != null) {
                    stage.setIconified(false);
                    stage.toFront();
                }
            }));
            lock.ifPresent(held -> held.announce(messenger.port()));
        }
        trace.mark("database-opening");
        Backend opened = Backend.open(info.dataDir());
        trace.mark("database-open");
        backend.set(opened);
        return new Opened(opened, readTodayAhead(opened));
    }

    /**
     * Today's data, read after the opening's checks, backup and migrations; none when the demo data is about to be
     * loaded (Today reads after it) or the read failed (Today reads again, and says so if it fails again).
     */
    private Optional<TodayAgenda> readTodayAhead(Backend opened) {
        try {
            if (options.demoOnFirstStart() && opened.demoData().isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(opened.calendar().today(LocalDate.now(Clock.systemDefaultZone())));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Today's data could not be read at start-up", e);
            return Optional.empty();
        }
    }

    private void databaseFailed(Throwable problem) {
        if (problem instanceof DamagedDatabaseException) {
            safety.offerRestore(this::open, this::closeAfterFailure);
            return;
        }
        exitStatus = ExitCode.FAILED;
        shell.showDatabaseFailure(problem);
    }

    private void closeAfterFailure() {
        exitStatus = ExitCode.FAILED;
        stage.hide();
    }

    /** A second start on a folder in use: the running window comes to the front, or the user is told it runs. */
    private void showTheRunningWindow() {
        exitStatus = ExitCode.NEGATIVE;
        System.err.println("protocol-desk: " + alreadyRunning.getMessage());
        if (InstanceMessenger.askToShow(alreadyRunning.port())) {
            Platform.exit();
        } else {
            AlreadyRunningDialog.show(info.dataDir(), alreadyRunning.pid()).setOnHidden(event -> Platform.exit());
        }
    }

    private void connect(Opened start) {
        Backend opened = start.backend();
        trace.mark("connecting");
        Refreshable refreshAll = screens.connect(opened, tasks, dialogs, Clock.systemDefaultZone(), start.today());
        MeetingLog meetingLog = new MeetingLog(() -> view.root().getScene().getWindow(), tasks, dialogs,
                new MeetingLog.Services(opened.meetingLog(), opened.drafts(), opened.trips(), opened.events(),
                        opened.countries()), Clock.systemDefaultZone(), refreshAll::refresh);
        shell.onLogMeeting(meetingLog::logNew, meetingLog::restoreDrafts);
        SearchPopup search = new SearchPopup(tasks, opened.search(), screens);
        view.addLayer(search);
        shell.onFind(search::open);
        shell.onAdHocBriefing(() -> screens.adHocBriefing(view.root().getScene().getWindow()));
        screens.connectMeetingLog(meetingLog);
        new DemoDataController(view, tasks, opened.demoData(), opened.backups(), refreshAll, dialogs,
                info.dataDir())
                .start(options.demoOnFirstStart(), start.today().isPresent() ? screens::refreshAllButToday
                        : refreshAll);
        meetingLog.offerDrafts();
        new BackupController(view, tasks, opened.backups(), dialogs, chosen -> safety.restore(backend, chosen, dialogs,
                this::closeAfterFailure));
        opened.readOnly().ifPresentOrElse(shell::showReadOnly, () -> safety.backUpEveryHalfHour(opened.backups()));
        trace.mark("connected");
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
        if (messenger != null) {
            messenger.close();
        }
        if (safety != null) {
            safety.close();
        }
        Backend opened = backend.get();
        if (opened != null) {
            opened.close();
        }
        lock.ifPresent(InstanceLock::close);
        if (exitStatus != ExitCode.DONE) {
            exit.accept(exitStatus);
        }
    }
}
