package org.protocoldesk.ui.shell;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.protocoldesk.model.BackupSummary;

/** Said when the check at start finds the data file damaged: what that means, and the offer of the newest backup. */
public final class DamagedDatabaseDialog {
    private DamagedDatabaseDialog() {
    }

    /** True when the user chose to restore {@code newest}. */
    public static boolean offerRestore(Window owner, Path dataDir, Optional<BackupSummary> newest) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle(AppInfo.NAME);
        alert.getDialogPane().getStylesheets().add(Stylesheet.url());
        alert.getDialogPane().setId("damaged-dialog");
        alert.setHeaderText("The data file is damaged");
        String what = "Protocol Desk checks its data file at every start, and part of the file in\n" + dataDir
                + "\ncannot be read any more, as happens after a disk fault or when the computer stopped while "
                + "saving. To keep your records safe, nothing was opened and nothing was changed.";
        ButtonType quit = new ButtonType("Quit", ButtonBar.ButtonData.CANCEL_CLOSE);
        if (newest.isEmpty()) {
            alert.setContentText(what + "\n\nThere is no backup to restore. Keep the folder as it is and ask for help "
                    + "to recover the file.");
            alert.getButtonTypes().setAll(quit);
            alert.showAndWait();
            return false;
        }
        BackupSummary backup = newest.get();
        alert.setContentText(what + "\n\nThe newest good backup is from " + BackupTexts.when(backup) + " ("
                + BackupTexts.contents(backup) + "). Restoring it puts it in place of the damaged file, which is kept "
                + "aside in the backups folder, never deleted. What was saved after the backup is not in it.");
        ButtonType restore = new ButtonType("Restore this backup", ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(quit, restore);
        return alert.showAndWait().filter(restore::equals).isPresent();
    }
}
