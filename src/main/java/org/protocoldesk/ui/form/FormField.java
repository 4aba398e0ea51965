package org.protocoldesk.ui.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One field of a form: the value the view binds, the value it had when the form was loaded, and what is wrong with
 * it. Checks run on every change and on a change of anything they depend on; the error is shown (its property
 * non-empty) once the user has edited the field or tried to save, so that a fresh form is not a wall of red.
 * A save that the database refused can {@link #reject} the value; the rejection lasts until the value changes.
 */
public final class FormField<T> {
    private final String key;
    private final String label;
    private final UnaryOperator<T> normalise;
    private final ObjectProperty<T> value;
    private final List<Supplier<String>> checks = new ArrayList<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper(this, "changed");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", true);
    private T loaded;
    private boolean revealed;
    private String rejection;

    FormField(String key, String label, T empty, UnaryOperator<T> normalise) {
        this.key = key;
        this.label = label;
        this.normalise = normalise;
        this.loaded = empty;
        this.value = new SimpleObjectProperty<>(this, key, empty);
        value.addListener((property, was, now) -> {
            rejection = null;
            revealed = true;
            update();
        });
    }

    /** A check on the value alone: the message of what is wrong, or null when it is fine. */
    public FormField<T> check(Function<? super T, String> check) {
        return check(() -> check.apply(get()));
    }

    /** A check that also reads other fields, e.g. an end date after the start: runs again when they change. */
    public FormField<T> check(Supplier<String> check, Observable... dependencies) {
        checks.add(check);
        for (Observable dependency : dependencies) {
            dependency.addListener(o -> update());
        }
        update();
        return this;
    }

    /** Fills the field as loaded from a record: not an edit, so its error stays hidden until it is edited. */
    void load(T loadedValue) {
        T normalised = normalise.apply(loadedValue);
        loaded = normalised;
        rejection = null;
        value.set(normalised);
        revealed = false;
        update();
    }

    /** Shows the error, if any: on an attempt to save. */
    void reveal() {
        revealed = true;
        update();
    }

    /** The value was refused (by the database, or by a command that needs it): the message stays next to the field
     * until the user changes it. */
    public void rejectWith(String message) {
        rejection = message;
        revealed = true;
        update();
    }

    /** What is wrong now, shown or not; null when nothing is. */
    String problem() {
        if (rejection != null) {
            return rejection;
        }
        for (Supplier<String> check : checks) {
            String message = check.get();
            if (message != null) {
                return message;
            }
        }
        return null;
    }

    private void update() {
        String problem = problem();
        valid.set(problem == null);
        error.set(problem != null && revealed ? problem : "");
        changed.set(!Objects.equals(normalise.apply(value.get()), loaded));
    }

    /** The key of the field in ids: {@code full-name} becomes the control {@code #counterpart-full-name}. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public T get() {
        return value.get();
    }

    /** Sets the value as the user would. */
    public void set(T newValue) {
        value.set(newValue);
    }

    public ObjectProperty<T> valueProperty() {
        return value;
    }

    /** The message shown next to the field, empty when there is none to show. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public String getError() {
        return error.get();
    }

    public ReadOnlyBooleanProperty changedProperty() {
        return changed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }
}
