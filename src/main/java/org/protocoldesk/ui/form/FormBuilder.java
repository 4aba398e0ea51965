package org.protocoldesk.ui.form;

import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.collections.ObservableList;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;

/**
 * Lays out a form: a label and a control per row, in sections, and under each control the message of what is wrong
 * with it (the control then carries the {@code danger} pseudo-class). Each control binds its {@link FormField};
 * ids follow the field keys: field {@code full-name} of form {@code counterpart} is {@code #counterpart-full-name},
 * its message {@code #counterpart-full-name-error}.
 */
public final class FormBuilder {
    private static final double LABEL_WIDTH = 130;
    private final String idPrefix;
    private final GridPane grid = new GridPane();
    private int row;

    public FormBuilder(String idPrefix) {
        this.idPrefix = idPrefix;
        grid.getStyleClass().add("form");
        // One width that does not give way: a form short of room narrows its fields, and the fields of sections
        // stacked in one window (Log meeting's) start on one line.
        ColumnConstraints labels = new ColumnConstraints(LABEL_WIDTH);
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints controls = new ColumnConstraints();
        controls.setHgrow(Priority.ALWAYS);
        controls.setMinWidth(180);
        grid.getColumnConstraints().setAll(labels, controls);
    }

    /** A heading over the rows that follow. */
    public FormBuilder section(String title) {
        Label heading = new Label(title);
        heading.getStyleClass().addAll("form-section", Styles.TEXT_BOLD);
        GridPane.setHalignment(heading, HPos.LEFT);
        grid.add(heading, 0, row++, 2, 1);
        return this;
    }

    public TextField text(FormField<String> field) {
        TextField control = new TextField();
        control.textProperty().bindBidirectional(field.valueProperty());
        return place(field, control);
    }

    /** A text of several lines; it grows with the form's width. */
    public TextArea area(FormField<String> field, int rows) {
        TextArea control = new TextArea();
        control.setWrapText(true);
        control.setPrefRowCount(rows);
        control.textProperty().bindBidirectional(field.valueProperty());
        return place(field, control);
    }

    /** A day typed as text, e.g. "14 May 2024". */
    public TextField date(FormField<String> field) {
        TextField control = text(field);
        control.setPromptText("e.g. 14 May 2024");
        control.getStyleClass().add("date-field");
        return control;
    }

    public CheckBox flag(FormField<Boolean> field) {
        CheckBox control = new CheckBox(field.label());
        control.selectedProperty().bindBidirectional(field.valueProperty());
        control.setId(idPrefix + "-" + field.key());
        grid.add(control, 1, row++);
        return control;
    }

    /** One of a few values (an enum), chosen from a drop-down. */
    public <T> ComboBox<T> choice(FormField<T> field, ObservableList<T> items, Function<? super T, String> text) {
        ComboBox<T> control = new ComboBox<>(items);
        control.setConverter(converter(items, text));
        control.valueProperty().bindBidirectional(field.valueProperty());
        control.setMaxWidth(Double.MAX_VALUE);
        return place(field, control);
    }

    /** One of many values (countries, organisations), found by typing part of its name. */
    public <T> ComboBox<T> picker(FormField<T> field, ObservableList<T> items, Function<? super T, String> text) {
        SearchableComboBox<T> control = new SearchableComboBox<>(items);
        control.setConverter(converter(items, text));
        control.setButtonCell(new PromptingCell<>(control));
        control.valueProperty().bindBidirectional(field.valueProperty());
        control.setMaxWidth(Double.MAX_VALUE);
        return place(field, control);
    }

    /** Any other node on a labelled row, e.g. a list of children with its own commands. */
    public <N extends Node> N row(String key, String label, N node) {
        node.setId(idPrefix + "-" + key);
        addRow(label, node);
        return node;
    }

    /** The form's nodes. */
    public GridPane build() {
        return grid;
    }

    private <C extends Control> C place(FormField<?> field, C control) {
        control.setId(idPrefix + "-" + field.key());
        Label label = addRow(field.label(), control);
        label.setLabelFor(control);
        Label error = new Label();
        error.setId(idPrefix + "-" + field.key() + "-error");
        error.getStyleClass().addAll("field-error", Styles.TEXT_SMALL, Styles.DANGER);
        error.setWrapText(true);
        error.textProperty().bind(field.errorProperty());
        error.visibleProperty().bind(field.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        field.errorProperty().addListener((p, was, now) ->
                control.pseudoClassStateChanged(Styles.STATE_DANGER, !now.isEmpty()));
        grid.add(error, 1, row++);
        return control;
    }

    private Label addRow(String text, Node node) {
        Label label = new Label(text);
        label.getStyleClass().add("form-label");
        GridPane.setValignment(label, VPos.TOP);
        grid.add(label, 0, row);
        grid.add(node, 1, row++);
        return label;
    }

    /** Shows an item by {@code text} and reads back the item whose text was typed exactly (null for none). */
    public static <T> StringConverter<T> converter(ObservableList<T> items, Function<? super T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : text.apply(item);
            }

            @Override
            public T fromString(String typed) {
                return items.stream().filter(item -> text.apply(item).equals(typed)).findFirst().orElse(null);
            }
        };
    }
}
