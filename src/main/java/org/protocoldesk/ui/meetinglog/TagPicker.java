package org.protocoldesk.ui.meetinglog;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.protocoldesk.model.SortKey;
import org.protocoldesk.ui.form.FormField;

/**
 * Several values picked by typing: the chosen ones as chips, a field to type in, and under it the values that match
 * what is typed (every word, accents and case aside). Down/Up move in the suggestions, Enter takes the one marked;
 * Enter with no suggestion hands the typed text to {@code onUnknown} (create it); Backspace in an empty field
 * removes the last chip. The chosen values are the field's value, an immutable list.
 */
public final class TagPicker<T> extends VBox {
    private static final Pattern WORDS = Pattern.compile("\\s+");
    private static final int SHOWN = 6;

    private final FormField<List<T>> field;
    private final Function<? super T, String> label;
    private final Function<? super T, String> searchText;
    private final Consumer<String> onUnknown;
    private final ObservableList<T> all;
    private final FlowPane chips = new FlowPane();
    private final TextField input = new TextField();
    private final ListView<T> suggestions = new ListView<>();

    public TagPicker(String id, FormField<List<T>> field, ObservableList<T> all, Function<? super T, String> label,
              Function<? super T, String> detail, Function<? super T, String> searchText, Consumer<String> onUnknown) {
        this.field = field;
        this.all = all;
        this.label = label;
        this.searchText = searchText;
        this.onUnknown = onUnknown;
        getStyleClass().add("tag-picker");
        chips.getStyleClass().add("tag-chips");
        input.setId(id + "-input");
        suggestions.setId(id + "-suggestions");
        suggestions.getStyleClass().add("tag-suggestions");
        suggestions.setFocusTraversable(false);
        suggestions.setPrefHeight(SHOWN * 30.0);
        suggestions.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                String more = empty || item == null ? "" : detail.apply(item);
                setText(empty || item == null ? null
                        : label.apply(item) + (more == null || more.isEmpty() ? "" : "  —  " + more));
            }
        });
        suggestions.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(suggestions.getItems()));
        suggestions.managedProperty().bind(suggestions.visibleProperty());
        suggestions.setOnMouseClicked(event -> takeMarked());
        input.textProperty().addListener((p, was, now) -> suggest(now));
        input.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        input.focusedProperty().addListener((p, was, now) -> {
            if (!now) {
                suggestions.getItems().clear();
            }
        });
        field.valueProperty().addListener((p, was, now) -> showChips());
        showChips();
        getChildren().addAll(chips, input, suggestions);
    }

    public TextField input() {
        return input;
    }

    /** Adds a value, e.g. one just created; no doubles. */
    void add(T value) {
        List<T> now = new ArrayList<>(field.get() == null ? List.of() : field.get());
        if (!now.contains(value)) {
            now.add(value);
            field.set(List.copyOf(now));
        }
        input.clear();
    }

    private void keyPressed(KeyEvent event) {
        KeyCode code = event.getCode();
        if (code == KeyCode.DOWN || code == KeyCode.UP) {
            int size = suggestions.getItems().size();
            if (size > 0) {
                int at = suggestions.getSelectionModel().getSelectedIndex();
                int next = code == KeyCode.DOWN ? Math.min(size - 1, at + 1) : Math.max(0, at - 1);
                suggestions.getSelectionModel().select(next);
                event.consume();
            }
        } else if (code == KeyCode.ENTER && !event.isShortcutDown() && !input.getText().isBlank()) {
            if (suggestions.getItems().isEmpty()) {
                onUnknown.accept(input.getText().strip());
            } else {
                takeMarked();
            }
            event.consume();
        } else if (code == KeyCode.BACK_SPACE && input.getText().isEmpty() && field.get() != null
                && !field.get().isEmpty()) {
            field.set(List.copyOf(field.get().subList(0, field.get().size() - 1)));
            event.consume();
        } else if (code == KeyCode.ESCAPE && !suggestions.getItems().isEmpty()) {
            suggestions.getItems().clear();
            event.consume();
        }
    }

    private void takeMarked() {
        T marked = suggestions.getSelectionModel().getSelectedItem();
        if (marked != null) {
            add(marked);
        }
    }

    private void suggest(String typed) {
        String[] words = WORDS.split(SortKey.of(typed));
        if (typed == null || typed.isBlank()) {
            suggestions.getItems().clear();
            return;
        }
        List<T> chosen = field.get() == null ? List.of() : field.get();
        List<T> matches = new ArrayList<>();
        for (T candidate : all) {
            if (matches.size() == SHOWN) {
                break;
            }
            String key = SortKey.of(searchText.apply(candidate));
            boolean every = true;
            for (String word : words) {
                every &= key.contains(word);
            }
            if (every && !chosen.contains(candidate)) {
                matches.add(candidate);
            }
        }
        suggestions.getItems().setAll(matches);
        suggestions.getSelectionModel().select(matches.isEmpty() ? -1 : 0);
    }

    private void showChips() {
        List<Button> shown = new ArrayList<>();
        List<T> chosen = field.get() == null ? List.of() : field.get();
        for (T value : chosen) {
            Button chip = new Button(label.apply(value), new FontIcon(Material2AL.CLOSE));
            chip.getStyleClass().addAll("tag-chip");
            chip.setFocusTraversable(false);
            chip.setOnAction(event -> {
                List<T> without = new ArrayList<>(field.get());
                without.remove(value);
                field.set(List.copyOf(without));
            });
            shown.add(chip);
        }
        chips.getChildren().setAll(shown);
        chips.setManaged(!shown.isEmpty());
        chips.setVisible(!shown.isEmpty());
    }
}
