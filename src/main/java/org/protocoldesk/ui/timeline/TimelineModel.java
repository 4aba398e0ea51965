package org.protocoldesk.ui.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import org.protocoldesk.model.TimelineChoice;
import org.protocoldesk.model.TimelineEntry;
import org.protocoldesk.model.TimelineGlance;
import org.protocoldesk.model.TimelineKind;
import org.protocoldesk.model.TimelinePage;
import org.protocoldesk.ui.common.LoadState;

/**
 * The timeline of one subject: what is still open, the entries read so far (its newest pages), the kinds shown, the
 * zoom, and the rows that result, newest first and grouped by year, month or day, ending with a row that stands for
 * the older entries still to read. FX thread only.
 */
final class TimelineModel {
    private static final Comparator<TimelineEntry> NEWEST_FIRST = Comparator.comparing(TimelineEntry::start)
            .thenComparing(TimelineEntry::kind).thenComparing(TimelineEntry::recordId).reversed();

    private final ObjectProperty<TimelineChoice> subject = new SimpleObjectProperty<>(this, "subject");
    private final ObjectProperty<LoadState> state = new SimpleObjectProperty<>(this, "state");
    private final ObjectProperty<TimelineZoom> zoom = new SimpleObjectProperty<>(this, "zoom", TimelineZoom.YEARS);
    private final ObservableSet<TimelineKind> shownKinds = FXCollections.observableSet(EnumSet.allOf(TimelineKind.class));
    private final ObservableList<TimelineRow> rows = FXCollections.observableArrayList();
    private List<TimelineEntry> entries = List.of();
    private final ObjectProperty<TimelineGlance> glance = new SimpleObjectProperty<>(this, "glance");
    private Optional<LocalDate> olderBefore = Optional.empty();

    TimelineModel() {
        zoom.addListener((property, was, now) -> regroup());
        shownKinds.addListener((SetChangeListener<TimelineKind>) change -> regroup());
    }

    ObjectProperty<TimelineChoice> subject() {
        return subject;
    }

    ObjectProperty<LoadState> state() {
        return state;
    }

    ObjectProperty<TimelineZoom> zoom() {
        return zoom;
    }

    ObservableSet<TimelineKind> shownKinds() {
        return shownKinds;
    }

    ObservableList<TimelineRow> rows() {
        return rows;
    }

    /** Shows a newly chosen subject's newest page; what is still open with it is counted meanwhile. */
    void show(TimelinePage newest) {
        glance.set(null);
        olderBefore = newest.from();
        entries = newestFirst(newest);
        regroup();
        state.set(LoadState.LOADED);
    }

    /** Shows what is still open with the subject, once counted. */
    void show(TimelineGlance counted) {
        glance.set(counted);
    }

    /**
     * Adds the page read before the entries shown, as the list reaches its end. Its rows are appended (all its
     * entries are older), so the list keeps its place.
     */
    void add(TimelinePage older) {
        List<TimelineEntry> added = newestFirst(older);
        entries = Stream.concat(entries.stream(), added.stream()).toList();
        olderBefore = older.from();
        List<TimelineRow> more = new ArrayList<>();
        String lastHeading = rows.stream().filter(TimelineRow::isHeading).reduce((a, b) -> b)
                .map(TimelineRow::heading).orElse(null);
        group(added, lastHeading, more);
        rows.remove(TimelineRow.older());
        rows.addAll(more);
    }

    private static List<TimelineEntry> newestFirst(TimelinePage page) {
        return page.entries().stream().sorted(NEWEST_FIRST).toList();
    }

    /** The day before which older entries are still to read, if there may be any. */
    Optional<LocalDate> olderBefore() {
        return olderBefore;
    }

    private void regroup() {
        List<TimelineRow> grouped = new ArrayList<>();
        group(entries, null, grouped);
        rows.setAll(grouped);
    }

    /** Rows for {@code newestFirst} of the kinds shown, under headings after {@code heading}, and the older row. */
    private void group(List<TimelineEntry> newestFirst, String heading, List<TimelineRow> into) {
        String group = heading;
        for (TimelineEntry entry : newestFirst) {
            if (!shownKinds.contains(entry.kind())) {
                continue;
            }
            String next = zoom.get().heading(entry.start());
            if (!next.equals(group)) {
                into.add(TimelineRow.heading(next));
                group = next;
            }
            into.add(TimelineRow.of(entry));
        }
        if (olderBefore.isPresent()) {
            into.add(TimelineRow.older());
        }
    }

    /** The entries of the kinds shown, newest first. */
    List<TimelineEntry> shown() {
        return entries.stream().filter(e -> shownKinds.contains(e.kind())).toList();
    }

    List<TimelineEntry> all() {
        return entries;
    }

    /** The last meeting: when did we last meet. The newest page holds it, whatever is read after. */
    Optional<TimelineEntry> lastMeeting() {
        return entries.stream().filter(e -> e.kind() == TimelineKind.MEETING).findFirst();
    }

    /** What was promised and is still open (follow-ups not done, invitations awaiting a decision); null until counted. */
    ObjectProperty<TimelineGlance> glance() {
        return glance;
    }

    /** The first and last day the entries shown cover, for the status line. */
    Optional<LocalDate[]> span(LocalDate today) {
        List<TimelineEntry> shown = shown();
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        LocalDate first = shown.stream().map(TimelineEntry::start).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate last = shown.stream().map(e -> e.lastDay(today)).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElseThrow();
        return Optional.of(new LocalDate[] {first, last});
    }
}
