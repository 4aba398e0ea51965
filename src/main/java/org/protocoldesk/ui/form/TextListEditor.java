package org.protocoldesk.ui.form;

import java.util.function.Function;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * An ordered list of short texts (other spellings, languages): type one and press Enter to add it; in the list,
 * Delete removes the selected one and Alt+Up / Alt+Down move it.
 */
public final class TextListEditor extends VBox {
    private final TextField entry = new TextField();

    public TextListEditor(ChildList<String> children, String prompt) {
        entry.setPromptText(prompt);
        entry.setOnAction(event -> {
            String text = entry.getText().strip();
            if (!text.isEmpty() && text.length() <= Checks.LINE_LENGTH && !children.items().contains(text)) {
                children.add(text);
                entry.clear();
            }
        });
        ChildListEditor<String> editor = new ChildListEditor<>(children, Function.identity()).withEditor(entry);
        editor.list().setPrefHeight(72);
        getChildren().add(editor);
    }

    /** The field where a new entry is typed. */
    public TextField entry() {
        return entry;
    }
}
