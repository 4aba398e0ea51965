package org.protocoldesk.app;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;

/** What the robot tests of the record panes do and read: focus a control, press a shortcut, read a field or list. */
abstract class EditingRobot extends FxRobot {
    /** Moves the keyboard focus to the control, as Tab would. */
    FxRobot focus(String id) {
        Node node = lookup(id).query();
        interact(node::requestFocus);
        return this;
    }

    /** Ctrl (Cmd on a Mac) with the key. */
    void shortcut(KeyCode key) {
        press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
    }

    TextInputControl field(String id) {
        return lookup(id).queryAs(TextInputControl.class);
    }

    /** The message shown under a field; empty when there is none. */
    String error(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }

    /** The list of a child-list editor, e.g. {@code #trip-delegation}. */
    @SuppressWarnings("unchecked")
    <T> ListView<T> list(String id) {
        return lookup(id + " .list-view").queryAs(ListView.class);
    }

    @SuppressWarnings("unchecked")
    <T> TableView<T> table(String id) {
        return lookup(id).queryAs(TableView.class);
    }

    /** Chooses the item of a picker whose text, as the picker shows it, starts with {@code text}. */
    @SuppressWarnings("unchecked")
    void choose(String id, String text) {
        ComboBox<Object> picker = lookup(id).queryAs(ComboBox.class);
        interact(() -> picker.getItems().stream()
                .filter(item -> picker.getConverter().toString(item).startsWith(text))
                .findFirst().ifPresent(picker::setValue));
    }
}
