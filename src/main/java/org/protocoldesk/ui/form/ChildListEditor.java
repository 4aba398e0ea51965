package org.protocoldesk.ui.form;

import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import org.protocoldesk.ui.common.HoverTooltip;

/**
 * An ordered list of a record's children (posts, gifts, members) with the commands beside it: move up (Alt+Up),
 * down (Alt+Down), remove (Delete); under it, the editor of a new child and its own commands.
 */
public final class ChildListEditor<T> extends VBox {
    private final ListView<T> list = new ListView<>();
    private final ChildList<T> children;

    public ChildListEditor(ChildList<T> children, Function<? super T, String> text) {
        this.children = children;
        getStyleClass().add("child-list");
        setSpacing(4);
        list.setItems(children.items());
        list.getStyleClass().add(Styles.DENSE);
        list.setPrefHeight(96);
        list.setMinHeight(60);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
        list.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (selected() < 0) {
                return;
            }
            if (event.getCode() == KeyCode.DELETE) {
                children.remove(selected());
            } else if (event.isAltDown() && event.getCode() == KeyCode.UP) {
                move(-1);
            } else if (event.isAltDown() && event.getCode() == KeyCode.DOWN) {
                move(1);
            } else {
                return;
            }
            event.consume();
        });
        Button up = icon(Material2OutlinedAL.ARROW_UPWARD, "Move up (Alt+Up)", () -> move(-1));
        Button down = icon(Material2OutlinedAL.ARROW_DOWNWARD, "Move down (Alt+Down)", () -> move(1));
        Button remove = icon(Material2OutlinedMZ.REMOVE_CIRCLE_OUTLINE, "Remove (Delete)",
                () -> children.remove(selected()));
        var none = Bindings.lessThan(list.getSelectionModel().selectedIndexProperty(), 0);
        up.disableProperty().bind(none);
        down.disableProperty().bind(none);
        remove.disableProperty().bind(none);
        HBox.setHgrow(list, Priority.ALWAYS);
        getChildren().add(new HBox(6, list, new VBox(4, up, down, remove)));
    }

    /** Adds the editor of a new child under the list. */
    public ChildListEditor<T> withEditor(Node editor) {
        getChildren().add(editor);
        return this;
    }

    /** The index of the child selected, -1 for none. */
    public int selected() {
        return list.getSelectionModel().getSelectedIndex();
    }

    public ListView<T> list() {
        return list;
    }

    private void move(int by) {
        int at = selected();
        children.move(at, by);
        list.getSelectionModel().clearAndSelect(Math.max(0, Math.min(children.items().size() - 1, at + by)));
    }

    static Button icon(Ikon icon, String tip, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        HoverTooltip.on(button, tip);
        button.setOnAction(event -> action.run());
        return button;
    }
}
