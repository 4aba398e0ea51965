package org.protocoldesk.ui.shell;

import java.nio.file.Path;
import java.util.OptionalInt;
import javafx.scene.control.Alert;

/** Said when a second start finds the data folder in use and the running window could not be brought forward. */
public final class AlreadyRunningDialog {
    private AlreadyRunningDialog() {
    }

    public static Alert show(Path dataDir, OptionalInt pid) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle(AppInfo.NAME);
        alert.getDialogPane().getStylesheets().add(Stylesheet.url());
        alert.setHeaderText("Protocol Desk is already running");
        alert.setContentText("Another Protocol Desk window" + (pid.isPresent() ? " (process " + pid.getAsInt() + ")" : "")
                + " is working on the data in\n" + dataDir + "\n\nUse that window; this one does not open the data "
                + "a second time.");
        alert.show();
        return alert;
    }
}
