package org.protocoldesk.ui.shell;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.protocoldesk.model.BackupSummary;

/** File → Restore from backup…: the backups with their date, size and record counts; the user picks one. */
final class RestoreDialog {
    private RestoreDialog() {
    }

    static Optional<BackupSummary> choose(Window owner, List<BackupSummary> backups) {
        Dialog<BackupSummary> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(AppInfo.NAME);
        dialog.getDialogPane().getStylesheets().add(Stylesheet.url());
        dialog.getDialogPane().setId("restore-dialog");
        dialog.setHeaderText("Restore from backup");

        TableView<BackupSummary> table = new TableView<>();
        table.setId("backup-list");
        table.getStyleClass().add("backup-list");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No backups yet: File → Back up now… takes one."));
        table.getColumns().add(column("Taken", BackupTexts::when, 220));
        table.getColumns().add(column("Size", BackupTexts::size, 80));
        table.getColumns().add(column("Meetings", b -> String.valueOf(b.meetings()), 90));
        table.getColumns().add(column("People", b -> String.valueOf(b.people()), 90));
        table.getColumns().add(column("Trips", b -> String.valueOf(b.trips()), 70));
        table.getItems().setAll(backups);
        table.getSelectionModel().selectFirst();

        Label note = new Label("The backup is checked, the data as it is now is backed up first, then the backup "
                + "replaces it. Protocol Desk then closes; start it again to work on the restored data.");
        note.setWrapText(true);
        note.setMaxWidth(600);
        dialog.getDialogPane().setContent(new VBox(12, table, note));

        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, restore);
        dialog.getDialogPane().lookupButton(restore).disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        dialog.setResultConverter(button -> button == restore ? table.getSelectionModel().getSelectedItem() : null);
        return dialog.showAndWait();
    }

    private static TableColumn<BackupSummary, String> column(String title, Function<BackupSummary, String> value,
                                                             double width) {
        TableColumn<BackupSummary, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
