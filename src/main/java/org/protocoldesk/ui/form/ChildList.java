package org.protocoldesk.ui.form;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * An ordered list of a record's children in a form: the items the view shows, moved, added and removed by the
 * commands here, and whether they differ from the list loaded. Items are the model's own records, so a child
 * that is not edited goes back to the store exactly as it came, its id included.
 */
public final class ChildList<T> {
    private final String key;
    private final String label;
    private final ObservableList<T> items = FXCollections.observableArrayList();
    private final ObservableList<T> readOnlyItems = FXCollections.unmodifiableObservableList(items);
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper(this, "changed");
    private List<T> loaded = List.of();

    ChildList(String key, String label) {
        this.key = key;
        this.label = label;
        items.addListener((ListChangeListener<T>) change -> changed.set(!items.equals(loaded)));
    }

    /** Fills the list as loaded from a record. */
    public void load(List<T> children) {
        loaded = List.copyOf(children);
        items.setAll(children);
        changed.set(false);
    }

    void markLoaded() {
        loaded = List.copyOf(items);
        changed.set(false);
    }

    public void add(T item) {
        items.add(item);
    }

    public void remove(int index) {
        items.remove(index);
    }

    public void replace(int index, T item) {
        items.set(index, item);
    }

    /** Moves the item at {@code index} one place up (-1) or down (+1); nothing at either end. */
    public void move(int index, int by) {
        int target = index + by;
        if (index < 0 || index >= items.size() || target < 0 || target >= items.size()) {
            return;
        }
        T item = items.remove(index);
        items.add(target, item);
    }

    public ObservableList<T> items() {
        return readOnlyItems;
    }

    public List<T> snapshot() {
        return List.copyOf(items);
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public ReadOnlyBooleanProperty changedProperty() {
        return changed.getReadOnlyProperty();
    }
}
