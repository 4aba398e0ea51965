package org.protocoldesk.ui.common;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
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
import org.protocoldesk.model.Page;
import org.protocoldesk.model.SortKey;
import org.protocoldesk.service.TaskRunner;

/**
 * The state of a list: the rows loaded, the filter typed, the rows that match it, and whether loading has finished.
 * The filter matches accent- and case-insensitively ("aliyev" finds "Əliyev"); every word typed must occur.
 * Touch it on the FX thread only; {@link #load} does the query on a worker.
 */
public final class ListViewModel<T> {
    private static final Pattern WORDS = Pattern.compile("\\s+");
    /** Rows loaded first: more than a full-screen table shows, few enough to come back within 100 ms. */
    public static final int FIRST_PAGE = 100;

    private final ObservableList<T> rows = FXCollections.observableArrayList();
    private final ObservableList<T> allRows = FXCollections.unmodifiableObservableList(rows);
    private final FilteredList<T> matching = new FilteredList<>(rows);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ReadOnlyObjectWrapper<LoadState> state = new ReadOnlyObjectWrapper<>(this, "state", LoadState.LOADING);
    private final IntegerBinding total = Bindings.size(rows);
    private final IntegerBinding shown = Bindings.size(matching);
    private final Function<? super T, String> searchText;
    private Map<T, String> searchKeys = Map.of();
    private Predicate<? super T> condition = row -> true;
    private Predicate<? super T> hidden = row -> false;
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

    /**
     * Runs {@code query} through {@code tasks} and shows its rows, a long list in two steps: the first
     * {@value #FIRST_PAGE} rows, shown as soon as they come, then the rest, appended (a {@link PagedQuery#whole} query
     * is read once). The filter covers the rows loaded so far. A later load supersedes an earlier one, both steps.
     */
    public void load(TaskRunner tasks, PagedQuery<T> query) {
        long thisLoad = ++generation;
        state.set(LoadState.LOADING);
        tasks.read(() -> withSearchKeys(query.fetch(Page.first(FIRST_PAGE))), first -> {
            if (thisLoad != generation) {
                return;
            }
            show(first);
            if (first.rows().size() == FIRST_PAGE) {
                tasks.read(() -> withSearchKeys(query.fetch(Page.after(FIRST_PAGE))), rest -> {
                    if (thisLoad == generation) {
                        append(rest);
                    }
                }, failure -> failed(thisLoad));
            }
        }, failure -> failed(thisLoad));
    }

    private void failed(long load) {
        if (load == generation) {
            rows.clear();
            state.set(LoadState.FAILED);
        }
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

    /** A further condition every row shown must meet, beside the filter typed: e.g. a country chosen. */
    public void setCondition(Predicate<? super T> newCondition) {
        condition = newCondition;
        applyFilter();
    }

    /** Rows not to show whatever the filter, e.g. one whose delete can still be undone. */
    public void setHidden(Predicate<? super T> newHidden) {
        hidden = newHidden;
        applyFilter();
    }

    private void append(Keyed<T> more) {
        Map<T, String> keys = new IdentityHashMap<>(searchKeys);
        keys.putAll(more.keys());
        searchKeys = keys;
        rows.addAll(more.rows());
    }

    private void applyFilter() {
        String[] words = WORDS.split(SortKey.of(filter.get()));
        Predicate<? super T> shown = condition;
        Predicate<? super T> notShown = hidden;
        Predicate<T> also = row -> shown.test(row) && !notShown.test(row);
        if (words.length == 0 || words[0].isEmpty()) {
            matching.setPredicate(row -> also.test(row));
            return;
        }
        matching.setPredicate(row -> {
            if (!also.test(row)) {
                return false;
            }
            String key = searchKeys.getOrDefault(row, "");
            for (String word : words) {
                if (!key.contains(word)) {
                    return false;
                }
            }
            return true;
        });
    }

    /** Every row loaded, matching or not (read-only). */
    public ObservableList<T> all() {
        return allRows;
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
