package org.protocoldesk.ui.form;

import javafx.css.PseudoClass;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;

/**
 * The cell a picker shows its choice in, and its prompt when it has none. JavaFX's own cell shows the prompt only
 * until a first choice: a value emptied afterwards (e.g. moving from an organisation with a country to an
 * international body) left the picker blank.
 */
final class PromptingCell<T> extends ListCell<T> {
    private static final PseudoClass PROMPT = PseudoClass.getPseudoClass("prompt");
    private final ComboBox<T> picker;

    PromptingCell(ComboBox<T> picker) {
        this.picker = picker;
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        boolean none = empty || item == null;
        setText(none ? picker.getPromptText() : picker.getConverter().toString(item));
        pseudoClassStateChanged(PROMPT, none);
    }
}
