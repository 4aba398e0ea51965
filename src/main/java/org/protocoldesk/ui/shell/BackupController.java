package org.protocoldesk.ui.shell;

import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.protocoldesk.model.BackupSummary;
import org.protocoldesk.service.BackupService;
import org.protocoldesk.service.TaskRunner;
import org.protocoldesk.ui.common.Dialogs;

/**
 * File → Back up now… and File → Restore from backup…. Restoring itself (closing the database, putting the backup in
 * its place) belongs to whoever opened the database: it is handed the chosen backup.
 */
public final class BackupController {
    private final MainView view;
    private final TaskRunner tasks;
    private final BackupService backups;
    private final Dialogs dialogs;
    private final Consumer<BackupSummary> restore;

    public BackupController(MainView view, TaskRunner tasks, BackupService backups, Dialogs dialogs,
                            Consumer<BackupSummary> restore) {
        this.view = view;
        this.tasks = tasks;
        this.backups = backups;
        this.dialogs = dialogs;
        this.restore = restore;
        view.backUpNow.setOnAction(event -> backUpNow());
        view.restoreBackup.setOnAction(event -> chooseBackup());
    }

    private void backUpNow() {
        tasks.write(() -> backups.backUp("manual"), file -> {
            Alert done = new Alert(Alert.AlertType.INFORMATION, "The backup was checked and kept as\n" + file);
            done.initOwner(window());
            done.getDialogPane().getStylesheets().add(Stylesheet.url());
            done.setTitle(AppInfo.NAME);
            done.setHeaderText("Backed up");
            done.getDialogPane().setId("backed-up-dialog");
            done.show();
        }, failure -> dialogs.failure("The backup could not be taken", failure));
    }

    private void chooseBackup() {
        tasks.read(backups::backups, list -> RestoreDialog.choose(window(), list).ifPresent(chosen -> {
            if (dialogs.confirm("Restore the backup of " + BackupTexts.when(chosen) + "?",
                    "It holds " + BackupTexts.contents(chosen) + ". The data as it is now is backed up first.",
                    "Restore")) {
                restore.accept(chosen);
            }
        }), failure -> dialogs.failure("The backups could not be listed", failure));
    }

    private Window window() {
        return view.root().getScene().getWindow();
    }
}
