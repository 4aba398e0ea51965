package org.protocoldesk.ui.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.protocoldesk.model.RecordKind;
import org.protocoldesk.model.SearchHit;
import org.protocoldesk.service.SearchService;
import org.protocoldesk.service.TaskRunner;
import org.protocoldesk.ui.common.Problems;
import org.protocoldesk.ui.common.RecordOpener;

/**
 * The state of the global search: the text typed, the hits grouped by kind under a heading each, the hit chosen
 * with the arrow keys. Each change of the text asks the search on a reader; at most one query runs at a time and
 * only the newest text waits behind it, so a fast typist does not queue a query per keystroke, and a reply for a
 * text that has changed since is dropped, never shown over a newer one (the older hits stay, marked {@link
 * #behindProperty() behind}, until it comes). Touch it on the FX thread only.
 */
final class SearchModel {
    /** Hits asked for in all; each kind shows at most {@link #PER_KIND} of them. */
    static final int ASKED = 60;
    static final int PER_KIND = 8;

    private final TaskRunner tasks;
    private final SearchService search;
    private final RecordOpener opener;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObservableList<SearchRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper chosen = new ReadOnlyIntegerWrapper(this, "chosen", -1);
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper(this, "state", "");
    private final ReadOnlyBooleanWrapper behind = new ReadOnlyBooleanWrapper(this, "behind");
    private boolean asking;
    private String waiting;
    private String shownFor = "";
    private boolean openWhenAnswered;
    private Runnable onOpened = () -> { };

    SearchModel(TaskRunner tasks, SearchService search, RecordOpener opener) {
        this.tasks = tasks;
        this.search = search;
        this.opener = opener;
        text.addListener((p, was, now) -> {
            behind.set(!now.isBlank() && !now.equals(shownFor));
            ask(now);
        });
        showHint();
    }

    private void ask(String typed) {
        openWhenAnswered = false;
        if (typed.isBlank()) {
            waiting = null;
            shownFor = "";
            rows.clear();
            chosen.set(-1);
            showHint();
        } else if (asking) {
            waiting = typed;
        } else {
            run(typed);
        }
    }

    private void run(String typed) {
        asking = true;
        waiting = null;
        tasks.read(() -> search.searchByKind(typed, ASKED), found -> {
            answered();
            if (typed.equals(text.get())) {
                show(found);
            }
        }, failure -> {
            answered();
            if (typed.equals(text.get())) {
                rows.clear();
                shownFor = typed;
                behind.set(false);
                openWhenAnswered = false;
                chosen.set(-1);
                state.set("The search failed: " + Problems.describe(failure));
            }
        });
    }

    /** The query in flight is done: the newest text typed meanwhile, if any, is asked now. */
    private void answered() {
        asking = false;
        if (waiting != null) {
            run(waiting);
        }
    }

    private void show(Map<RecordKind, List<SearchHit>> found) {
        List<SearchRow> shown = new ArrayList<>();
        found.forEach((kind, hits) -> {
            shown.add(SearchRow.heading(kind));
            hits.stream().limit(PER_KIND).map(SearchRow::of).forEach(shown::add);
        });
        rows.setAll(shown);
        shownFor = text.get();
        behind.set(false);
        chosen.set(shown.isEmpty() ? -1 : 1);
        state.set(shown.isEmpty() ? "Nothing found for “" + text.get().strip() + "”." : "");
        if (openWhenAnswered) {
            openWhenAnswered = false;
            openChosen();
        }
    }

    private void showHint() {
        state.set("Type a name, an organisation, a place or words of a meeting. Accents and case do not matter.");
    }

    /** Chooses the next hit (down) or the previous one (up), skipping the headings; stays at either end. */
    void move(int step) {
        for (int i = chosen.get() + step; i >= 0 && i < rows.size(); i += step) {
            if (!rows.get(i).isHeading()) {
                chosen.set(i);
                return;
            }
        }
    }

    void choose(int index) {
        if (index >= 0 && index < rows.size() && !rows.get(index).isHeading()) {
            chosen.set(index);
        }
    }

    /**
     * Opens the chosen hit in its screen, then tells {@link #setOnOpened}. Asked before the text typed last is
     * answered (a quick typist's Enter), it opens that answer's best hit once it comes.
     */
    void openChosen() {
        if (behind.get()) {
            openWhenAnswered = true;
            return;
        }
        int i = chosen.get();
        if (i < 0 || i >= rows.size() || rows.get(i).isHeading()) {
            return;
        }
        SearchHit hit = rows.get(i).hit();
        opener.open(hit.kind(), hit.id());
        onOpened.run();
    }

    void setOnOpened(Runnable onOpened) {
        this.onOpened = onOpened;
    }

    /** True while the hits shown are those of an older text than the one typed: a newer answer is on its way. */
    ReadOnlyBooleanProperty behindProperty() {
        return behind.getReadOnlyProperty();
    }

    /** Starts again with nothing typed. */
    void clear() {
        text.set("");
    }

    StringProperty textProperty() {
        return text;
    }

    ObservableList<SearchRow> rows() {
        return rows;
    }

    ReadOnlyIntegerProperty chosenProperty() {
        return chosen.getReadOnlyProperty();
    }

    /** What to say instead of results: a hint before anything is typed, "Nothing found", a failure. */
    ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }
}
