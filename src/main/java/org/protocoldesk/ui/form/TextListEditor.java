package org.protocoldesk.ui.form;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * An ordered list of short texts (other spellings, languages): type one and press Enter to add it; in the list,
 * Delete removes the selected one and Alt+Up / Alt+Down move it, the buttons beside do the same.
 */
public final class TextListEditor extends VBox {
    private final ListView<String> list = new ListView<>();
    private final TextField entry = new TextField();

    public TextListEditor(ChildList<String> children, String prompt) {
        getStyleClass().add("child-list");
        list.setItems(children.items());
        list.getStyleClass().add(Styles.DENSE);
        list.setPrefHeight(84);
        list.setMinHeight(60);
        entry.setPromptText(prompt);
        entry.setOnAction(event -> {
            String text = entry.getText().strip();
            if (!text.isEmpty() && text.length() <= Checks.LINE_LENGTH && !children.items().contains(text)) {
                children.add(text);
                entry.clear();
            }
        });
        list.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            int at = list.getSelectionModel().getSelectedIndex();
            if (at < 0) {
                return;
            }
            if (event.getCode() == KeyCode.DELETE) {
                children.remove(at);
                event.consume();
            } else if (event.isAltDown() && (event.getCode() == KeyCode.UP || event.getCode() == KeyCode.DOWN)) {
                int by = event.getCode() == KeyCode.UP ? -1 : 1;
                children.move(at, by);
                list.getSelectionModel().clearAndSelect(Math.max(0, Math.min(children.items().size() - 1, at + by)));
                event.consume();
            }
        });
        Button up = command(Material2OutlinedAL.ARROW_UPWARD, "Move up (Alt+Up)", () -> move(children, -1));
        Button down = command(Material2OutlinedAL.ARROW_DOWNWARD, "Move down (Alt+Down)", () -> move(children, 1));
        Button remove = command(Material2OutlinedMZ.REMOVE_CIRCLE_OUTLINE, "Remove (Delete)",
                () -> children.remove(list.getSelectionModel().getSelectedIndex()));
        var nothingSelected = Bindings.lessThan(list.getSelectionModel().selectedIndexProperty(), 0);
        up.disableProperty().bind(nothingSelected);
        down.disableProperty().bind(nothingSelected);
        remove.disableProperty().bind(nothingSelected);
        VBox commands = new VBox(4, up, down, remove);
        HBox.setHgrow(list, Priority.ALWAYS);
        getChildren().addAll(new HBox(6, list, commands), entry);
        setSpacing(4);
    }

    private void move(ChildList<String> children, int by) {
        int at = list.getSelectionModel().getSelectedIndex();
        children.move(at, by);
        list.getSelectionModel().clearAndSelect(Math.max(0, Math.min(children.items().size() - 1, at + by)));
    }

    private static Button command(org.kordamp.ikonli.Ikon icon, String tip, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(event -> action.run());
        return button;
    }

    /** The field where a new entry is typed. */
    public TextField entry() {
        return entry;
    }

    public ListView<String> list() {
        return list;
    }
}
