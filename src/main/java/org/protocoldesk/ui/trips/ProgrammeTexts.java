package org.protocoldesk.ui.trips;

import org.protocoldesk.model.ApproximateDate;
import org.protocoldesk.model.ProgrammeItem;
import org.protocoldesk.model.RecordKind;
import org.protocoldesk.ui.common.ApproximateDates;
import org.protocoldesk.ui.common.Dates;
import org.protocoldesk.ui.common.EnumLabels;
import org.protocoldesk.ui.common.SearchText;

/** How a trip's programme reads: a heading per day, then "09:00–10:30  Meeting with … · Palace of the Nation". */
final class ProgrammeTexts {
    private ProgrammeTexts() {
    }

    /** "Thursday 16 May 2024"; "Sep 2024" for a date known only to the month. */
    static String day(ApproximateDate day) {
        return day.exact() ? Dates.weekday(day.date()) : ApproximateDates.of(day);
    }

    static String entry(ProgrammeItem item) {
        String title = item.title() != null ? item.title() : EnumLabels.of(item.meetingKind());
        String when = item.kind() == RecordKind.EVENT
                ? (item.end().equals(item.start()) ? "Event" : "Event, " + ApproximateDates.range(item.start(), item.end()))
                : times(item);
        return SearchText.joined(" · ", when.isEmpty() ? null : when, title, item.place());
    }

    /** "09:00–10:30", "09:00", or empty when no time is recorded; local time of the place. */
    private static String times(ProgrammeItem item) {
        if (item.startTime() == null) {
            return "";
        }
        return item.endTime() == null ? item.startTime().toString() : item.startTime() + "–" + item.endTime();
    }
}
