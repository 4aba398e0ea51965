package org.protocoldesk.ui.shell;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.protocoldesk.ui.common.Columns;
import org.protocoldesk.ui.common.Dialogs;
import org.protocoldesk.ui.common.Problems;

/** The dialogs of the window, styled like it and owned by it. */
public final class WindowDialogs implements Dialogs {
    private final Supplier<Window> owner;

    /** @param owner the window the dialogs belong to, asked when a dialog opens */
    public WindowDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    static void about(Window owner, AppInfo info) {
        Dialog<Void> dialog = new Dialog<>();
        prepare(dialog, owner, "About " + AppInfo.NAME);
        dialog.setHeaderText(AppInfo.NAME);
        dialog.setGraphic(AppIcon.view(56));
        GridPane facts = new GridPane();
        facts.getStyleClass().add("facts");
        facts.setId("about-facts");
        facts.addRow(0, new Label("For the protocol office of a travelling delegation."));
        GridPane.setColumnSpan(facts.getChildren().get(0), 2);
        addFact(facts, 1, "Version", info.version());
        addFact(facts, 2, "Data folder", info.dataDir().toString());
        addFact(facts, 3, "Licence", AppInfo.LICENCE);
        dialog.getDialogPane().setContent(facts);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.show();
    }

    static void keyboardShortcuts(Window owner, List<KeyboardShortcuts.Shortcut> shortcuts) {
        Dialog<Void> dialog = new Dialog<>();
        prepare(dialog, owner, "Keyboard shortcuts");
        dialog.setHeaderText("Keyboard shortcuts");
        TableView<KeyboardShortcuts.Shortcut> table = new TableView<>(FXCollections.observableList(shortcuts));
        table.setId("shortcuts-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Columns.text("Keys", 130, KeyboardShortcuts.Shortcut::keys));
        table.getColumns().add(Columns.text("Does", 340, KeyboardShortcuts.Shortcut::action));
        table.setPrefSize(520, 460);
        Label inLists = new Label("In a list's filter field, Esc clears the filter. Tab and Shift+Tab move between "
                + "the controls; Space or Enter presses the button that has the focus.");
        inLists.setWrapText(true);
        inLists.getStyleClass().add(Styles.TEXT_MUTED);
        inLists.setMaxWidth(520);
        dialog.getDialogPane().setContent(new VBox(12, table, inLists));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.show();
    }

    static Alert databaseFailure(Window owner, Path dataDir, Throwable problem) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        prepare(alert, owner, AppInfo.NAME);
        alert.setHeaderText("The database cannot be opened");
        alert.setContentText("Protocol Desk keeps its data in\n" + dataDir + "\nand could not open it: " + Problems.describe(problem)
                + "\n\nCheck that this folder can be written to, then start Protocol Desk again.");
        alert.show();
        return alert;
    }

    @Override
    public boolean confirm(String header, String detail, String action) {
        ButtonType go = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, detail, ButtonType.CANCEL, go);
        prepare(alert, owner.get(), AppInfo.NAME);
        alert.setHeaderText(header);
        alert.getDialogPane().lookupButton(go).getStyleClass().add(Styles.DANGER);
        return alert.showAndWait().filter(go::equals).isPresent();
    }

    @Override
    public void failure(String header, Throwable problem) {
        Alert alert = new Alert(Alert.AlertType.ERROR, Problems.describe(problem) + "\n\nThe details are in the log.");
        prepare(alert, owner.get(), AppInfo.NAME);
        alert.setHeaderText(header);
        alert.show();
    }

    private static void addFact(GridPane facts, int row, String name, String value) {
        Label nameLabel = new Label(name);
        nameLabel.getStyleClass().add(Styles.TEXT_MUTED);
        Label valueLabel = new Label(value);
        valueLabel.setWrapText(true);
        facts.addRow(row, nameLabel, valueLabel);
    }

    private static void prepare(Dialog<?> dialog, Window owner, String title) {
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.getDialogPane().getStylesheets().add(Stylesheet.url());
    }
}
