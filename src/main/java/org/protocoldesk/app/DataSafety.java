package org.protocoldesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.protocoldesk.model.BackupSummary;
import org.protocoldesk.service.BackupService;
import org.protocoldesk.service.TaskRunner;
import org.protocoldesk.store.Backups;
import org.protocoldesk.store.HealthCheck;
import org.protocoldesk.store.Restore;
import org.protocoldesk.ui.common.Dialogs;
import org.protocoldesk.ui.common.Problems;
import org.protocoldesk.ui.shell.DamagedDatabaseDialog;

/**
 * The window's part in keeping the data: a backup every half hour while the data changes, the offer of the newest
 * good backup when the data file is damaged, and restoring a backup chosen from the menu. All file work runs on the
 * task runner's workers.
 */
final class DataSafety implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(DataSafety.class.getName());
    private static final long HALF_HOUR_MINUTES = 30;

    private final Path dataDir;
    private final TaskRunner tasks;
    private final Supplier<Window> window;
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "pd-backup-clock");
        thread.setDaemon(true);
        return thread;
    });

    DataSafety(Path dataDir, TaskRunner tasks, Supplier<Window> window) {
        this.dataDir = dataDir;
        this.tasks = tasks;
        this.window = window;
    }

    void backUpEveryHalfHour(BackupService backups) {
        clock.scheduleWithFixedDelay(() -> tasks.write(backups::backUpIfChanged, taken -> { },
                        failure -> LOG.log(Level.WARNING, "The half-hourly backup failed", failure)),
                HALF_HOUR_MINUTES, HALF_HOUR_MINUTES, TimeUnit.MINUTES);
    }

    /** After the check at start found damage: offers the newest good backup; {@code reopen} runs after restoring. */
    void offerRestore(Runnable reopen, Runnable giveUp) {
        tasks.read(this::newestGoodBackup, newest -> {
            if (DamagedDatabaseDialog.offerRestore(window.get(), dataDir, newest)) {
                tasks.write(() -> Restore.replace(dataDir, newest.orElseThrow().file(), Clock.systemUTC()),
                        aside -> reopen.run(), failure -> giveUp.run());
            } else {
                giveUp.run();
            }
        }, failure -> giveUp.run());
    }

    /**
     * Restores a backup chosen from the menu: checks it, backs up the data as it is, closes it, puts the backup in its
     * place; then the window closes, and the next start opens the restored data. A backup that fails its check, or a
     * backup of the current data that cannot be taken, changes nothing and the window goes on. Once the data is
     * closed, a failure leaves the files as they were, and {@code giveUp} closes the window.
     */
    void restore(AtomicReference<Backend> backend, BackupSummary chosen, Dialogs dialogs, Runnable giveUp) {
        tasks.write(() -> {
            Restore.check(chosen.file());
            Backend current = backend.get();
            current.backups().backUp("before-restore");
            backend.set(null);
            current.close();
            return Restore.replace(dataDir, chosen.file(), Clock.systemUTC());
        }, aside -> {
            tell(Alert.AlertType.INFORMATION, "Restored", "The data of " + chosen.takenAt() + " is back in place; what"
                    + " it replaced is kept in\n" + aside + "\n\nProtocol Desk closes now: start it again to work on"
                    + " the restored data.");
            window.get().hide();
        }, failure -> {
            if (backend.get() != null) {
                dialogs.failure("The backup could not be restored; nothing was changed", failure);
                return;
            }
            tell(Alert.AlertType.ERROR, "The backup could not be restored", Problems.describe(failure)
                    + "\n\nYour data is as it was before. Protocol Desk closes now: start it again to go on working.");
            giveUp.run();
        });
    }

    // Waits for the user: the window closes after this, and with it any dialog it owns.
    private void tell(Alert.AlertType type, String header, String text) {
        Alert alert = new Alert(type, text);
        alert.initOwner(window.get());
        alert.setHeaderText(header);
        alert.showAndWait();
    }

    private Optional<BackupSummary> newestGoodBackup() {
        return new Backups(dataDir, Clock.systemUTC()).files().stream()
                .filter(file -> HealthCheck.problem(file, true).isEmpty())
                .findFirst().map(Backups::summary);
    }

    @Override
    public void close() {
        clock.shutdownNow();
    }
}
