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
import org.protocoldesk.model.TimelineOpening;
import org.protocoldesk.ui.common.LoadState;

/**
 * The timeline of one subject: its answers at a glance, the entries loaded so far (from the newest back to
 * {@link #loadedFrom}), the kinds shown, the zoom, and the rows that result, newest first and grouped by year, month
 * or day. FX thread only.
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
    private TimelineGlance glance = new TimelineGlance(Optional.empty(), 0, 0, Optional.empty());
    private LocalDate loadedFrom = LocalDate.MAX;

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

    /** Shows a newly chosen subject: its glance and the entries of its newest window, which starts on {@code from}. */
    void showOpening(TimelineOpening opening, LocalDate from) {
        glance = opening.glance();
        entries = opening.entries().stream().sorted(NEWEST_FIRST).toList();
        loadedFrom = from;
        state.set(LoadState.LOADED);
        regroup();
    }

    /** Adds the entries of the window before the ones loaded, which starts on {@code from}. */
    void showOlder(List<TimelineEntry> older, LocalDate from) {
        entries = Stream.concat(entries.stream(), older.stream().sorted(NEWEST_FIRST)).toList();
        loadedFrom = from;
        regroup();
    }

    /** The first day loaded: entries start on it or later. */
    LocalDate loadedFrom() {
        return loadedFrom;
    }

    /** Whether entries may start before the first day loaded: the view loads them as it scrolls back. */
    boolean hasOlder() {
        return glance.firstDay().map(first -> first.isBefore(loadedFrom)).orElse(false);
    }

    private void regroup() {
        List<TimelineRow> grouped = new ArrayList<>();
        String group = null;
        for (TimelineEntry entry : shown()) {
            String heading = zoom.get().heading(entry.start());
            if (!heading.equals(group)) {
                grouped.add(TimelineRow.heading(heading));
                group = heading;
            }
            grouped.add(TimelineRow.of(entry));
        }
        rows.setAll(grouped);
    }

    /** The entries of the kinds shown, newest first. */
    List<TimelineEntry> shown() {
        return entries.stream().filter(e -> shownKinds.contains(e.kind())).toList();
    }

    List<TimelineEntry> all() {
        return entries;
    }

    /** The last meeting: when did we last meet. */
    Optional<TimelineEntry> lastMeeting() {
        return glance.lastMeeting();
    }

    /** What was promised and is still open: follow-ups not done, over the whole history. */
    long openFollowUps() {
        return glance.openFollowUps();
    }

    long pendingInvitations() {
        return glance.pendingInvitations();
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
