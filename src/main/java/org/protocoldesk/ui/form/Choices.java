package org.protocoldesk.ui.form;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.protocoldesk.service.TaskRunner;

/**
 * What a picker offers (countries, organisations), read in the background and shared by the forms, with a lookup
 * from the key a record keeps (a country code, an organisation id) to the item shown.
 */
public final class Choices<K, T> {
    private final ObservableList<T> all = FXCollections.observableArrayList();
    private final Map<K, T> byKey = new HashMap<>();
    private final Function<? super T, K> key;

    public Choices(Function<? super T, K> key) {
        this.key = key;
    }

    /** Reads the items through {@code tasks}; the pickers fill when they arrive, then {@code then} runs. */
    public void load(TaskRunner tasks, Callable<List<T>> query, Runnable then) {
        tasks.read(query, loaded -> {
            byKey.clear();
            loaded.forEach(item -> byKey.put(key.apply(item), item));
            all.setAll(loaded);
            then.run();
        }, failure -> then.run());
    }

    public Optional<T> byKey(K wanted) {
        return Optional.ofNullable(wanted == null ? null : byKey.get(wanted));
    }

    /** The key of an item, null for none. */
    public K keyOf(T item) {
        return item == null ? null : key.apply(item);
    }

    public ObservableList<T> all() {
        return all;
    }
}
