package org.protocoldesk.ui.meetinglog;

import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * A closed drop-down answers the keyboard without opening: Up and Down take the previous or next value, a letter the
 * next value whose text starts with it. Logging a meeting in a corridor should not need the mouse or a popup.
 */
final class KeyboardChoice {
    private KeyboardChoice() {
    }

    static <T> ComboBox<T> install(ComboBox<T> box) {
        box.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (box.isShowing() || box.getItems().isEmpty()) {
                return;
            }
            int at = box.getItems().indexOf(box.getValue());
            if (event.getCode() == KeyCode.DOWN && !event.isAltDown()) {
                box.setValue(box.getItems().get(Math.min(box.getItems().size() - 1, at + 1)));
                event.consume();
            } else if (event.getCode() == KeyCode.UP && !event.isAltDown()) {
                box.setValue(box.getItems().get(Math.max(0, at - 1)));
                event.consume();
            }
        });
        box.addEventFilter(KeyEvent.KEY_TYPED, event -> {
            String typed = event.getCharacter();
            if (box.isShowing() || typed.isBlank() || !Character.isLetterOrDigit(typed.charAt(0))) {
                return;
            }
            int size = box.getItems().size();
            int at = box.getItems().indexOf(box.getValue());
            for (int step = 1; step <= size; step++) {
                T candidate = box.getItems().get((at + step + size) % size);
                String text = box.getConverter().toString(candidate);
                if (text != null && text.regionMatches(true, 0, typed, 0, 1)) {
                    box.setValue(candidate);
                    break;
                }
            }
            event.consume();
        });
        return box;
    }
}
