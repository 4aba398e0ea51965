package org.protocoldesk.ui.form;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The fields of one form (or of a part of it, such as the new-post row), made through it so that it can tell
 * whether any of them changed since loading and whether all of them are valid, and show every error at once.
 */
public final class Fields {
    private final Map<String, FormField<?>> byName = new LinkedHashMap<>();
    private final List<FormField<?>> fields = new ArrayList<>();
    private final List<ChildList<?>> lists = new ArrayList<>();
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper(this, "changed");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", true);

    /** A text field; empty when blank, never null. */
    public FormField<String> text(String key, String label) {
        return add(new FormField<>(key, label, "", value -> value == null ? "" : value));
    }

    /** A date typed as text: "14 May 2024", "2024-05-14"; {@link Checks#date} reads it. */
    public FormField<String> dateText(String key, String label) {
        return text(key, label).check(Checks::date);
    }

    public FormField<Boolean> flag(String key, String label) {
        return add(new FormField<>(key, label, false, value -> value != null && value));
    }

    /** A value chosen from a list; null when none is chosen. */
    public <T> FormField<T> choice(String key, String label) {
        return add(new FormField<>(key, label, null, UnaryOperator.identity()));
    }

    /** An ordered list of children: aliases, languages, posts, gifts, members. */
    public <T> ChildList<T> list(String key, String label) {
        ChildList<T> list = new ChildList<>(key, label);
        lists.add(list);
        list.changedProperty().addListener(o -> update());
        return list;
    }

    private <T> FormField<T> add(FormField<T> field) {
        fields.add(field);
        byName.put(field.label().toLowerCase(java.util.Locale.ROOT), field);
        field.changedProperty().addListener(o -> update());
        field.validProperty().addListener(o -> update());
        update();
        return field;
    }

    /**
     * Also finds {@code field} by {@code name}: the name a record's own check gives its field ("full name",
     * "post"), so that a refusal from the record or the database lands next to the right control.
     */
    public void alsoNamed(String name, FormField<?> field) {
        byName.put(name.toLowerCase(java.util.Locale.ROOT), field);
    }

    Optional<FormField<?>> named(String name) {
        return Optional.ofNullable(byName.get(name == null ? "" : name.toLowerCase(java.util.Locale.ROOT)));
    }

    /** Shows every error at once; true when there is none. */
    public boolean revealAll() {
        fields.forEach(FormField::reveal);
        return valid.get();
    }

    /** Takes the values now held as the loaded ones: nothing has changed any more. */
    void markLoaded() {
        lists.forEach(ChildList::markLoaded);
        update();
    }

    private void update() {
        changed.set(fields.stream().anyMatch(f -> f.changedProperty().get())
                || lists.stream().anyMatch(l -> l.changedProperty().get()));
        valid.set(fields.stream().allMatch(f -> f.validProperty().get()));
    }

    /** Loads a field, as from the record; a form's {@code load} calls it for each. */
    public <T> void load(FormField<T> field, T value) {
        field.load(value);
    }

    /** The text for a date field: the day as the office writes it. */
    public static String dateText(LocalDate day) {
        return Checks.format(day);
    }

    /** The text of a field, trimmed, or null when blank: what a record keeps. */
    public static String textOrNull(FormField<String> field) {
        String text = Objects.requireNonNullElse(field.get(), "").strip();
        return text.isEmpty() ? null : text;
    }

    public ReadOnlyBooleanProperty changedProperty() {
        return changed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }
}
