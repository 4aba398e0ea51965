package org.protocoldesk.ui.common;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.protocoldesk.model.SortKey;
import org.protocoldesk.service.TaskRunner;

/**
 * The state of a list: the rows loaded, the filter typed, the rows that match it, and whether loading has finished.
 * The filter matches accent- and case-insensitively ("aliyev" finds "Əliyev"); every word typed must occur.
 * Touch it on the FX thread only; {@link #load} does the query on a worker.
 */
public final class ListViewModel<T> {
    private static final Pattern WORDS = Pattern.compile("\\s+");

    private final ObservableList<T> rows = FXCollections.observableArrayList();
    private final FilteredList<T> matching = new FilteredList<>(rows);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ReadOnlyObjectWrapper<LoadState> state = new ReadOnlyObjectWrapper<>(this, "state", LoadState.LOADING);
    private final IntegerBinding total = Bindings.size(rows);
    private final IntegerBinding shown = Bindings.size(matching);
    private final Function<? super T, String> searchText;
    private Map<T, String> searchKeys = Map.of();
    private long generation;

    /** @param searchText the text of a row the filter looks in, e.g. its name, organisation and country */
    public ListViewModel(Function<? super T, String> searchText) {
        this.searchText = searchText;
        filter.addListener((property, was, now) -> applyFilter());
    }

    /** A list without a filter, e.g. a panel of Today. */
    public static <T> ListViewModel<T> unfiltered() {
        return new ListViewModel<>(row -> "");
    }

    /** Runs {@code query} through {@code tasks} and shows its rows; a later load supersedes an earlier one. */
    public void load(TaskRunner tasks, Callable<? extends List<T>> query) {
        long thisLoad = ++generation;
        state.set(LoadState.LOADING);
        tasks.read(() -> withSearchKeys(query.call()), keyed -> {
            if (thisLoad == generation) {
                show(keyed);
            }
        }, failure -> {
            if (thisLoad == generation) {
                rows.clear();
                state.set(LoadState.FAILED);
            }
        });
    }

    /** Marks the list as loading rows that another read brings (several lists read in one transaction). */
    public void showLoading() {
        generation++;
        state.set(LoadState.LOADING);
    }

    /** Shows rows read elsewhere; supersedes any load under way. */
    public void showRows(List<T> loaded) {
        generation++;
        show(withSearchKeys(loaded));
    }

    /** Shows that the other read failed; supersedes any load under way. */
    public void showFailed() {
        generation++;
        rows.clear();
        state.set(LoadState.FAILED);
    }

    private Keyed<T> withSearchKeys(List<T> loaded) {
        Map<T, String> keys = new IdentityHashMap<>(loaded.size() * 2);
        loaded.forEach(row -> keys.put(row, SortKey.of(searchText.apply(row))));
        return new Keyed<>(loaded, keys);
    }

    /** Rows with their search keys, worked out on the worker so that typing in the filter stays instant. */
    private record Keyed<T>(List<T> rows, Map<T, String> keys) {
    }

    private void show(Keyed<T> loaded) {
        searchKeys = loaded.keys(); // first: setting the rows runs the filter, which looks them up
        rows.setAll(loaded.rows());
        state.set(LoadState.LOADED);
    }

    private void applyFilter() {
        String[] words = WORDS.split(SortKey.of(filter.get()));
        if (words.length == 0 || words[0].isEmpty()) {
            matching.setPredicate(null);
            return;
        }
        matching.setPredicate(row -> {
            String key = searchKeys.getOrDefault(row, "");
            for (String word : words) {
                if (!key.contains(word)) {
                    return false;
                }
            }
            return true;
        });
    }

    /** The rows that match the filter, in the order the query gave them. */
    public ObservableList<T> matching() {
        return matching;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ReadOnlyObjectProperty<LoadState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public IntegerBinding total() {
        return total;
    }

    public IntegerBinding shown() {
        return shown;
    }
}
