package org.protocoldesk.service;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.protocoldesk.model.CalendarItem;
import org.protocoldesk.report.IcsCalendar;
import org.protocoldesk.store.DataStore;

/**
 * Calendar entries exported to an .ics file: the days of a range, a trip with what belongs to it, or a
 * counterpart's meetings. The file is written whole under a temporary name and then moved onto its own, so a
 * failure never leaves half a calendar. Methods block: call them through the {@link TaskRunner}.
 */
public final class CalendarExportService {
    private final DataStore data;
    private final Clock clock;

    public CalendarExportService(DataStore data, Clock clock) {
        this.data = data;
        this.clock = clock;
    }

    /** The entries on at least one day from {@code from} to {@code to}, both included. */
    public List<CalendarItem> between(LocalDate from, LocalDate to) {
        return data.read(s -> s.calendar().between(from, to));
    }

    /** The trip and what belongs to it; empty when there is no such trip. */
    public List<CalendarItem> ofTrip(long tripId) {
        return data.read(s -> s.calendar().ofTrip(tripId));
    }

    public List<CalendarItem> meetingsWith(long personId) {
        return data.read(s -> s.calendar().meetingsWith(personId));
    }

    /** Writes the entries to {@code target}, replacing it; returns how many were written. */
    public int write(List<CalendarItem> items, Path target) throws IOException {
        byte[] bytes = new IcsCalendar(clock.instant()).bytes(items);
        try (AtomicFile file = AtomicFile.write(target, bytes)) {
            file.commit();
        }
        return items.size();
    }
}
