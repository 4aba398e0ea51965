package org.protocoldesk.ui.calendar;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import org.protocoldesk.model.CalendarItem;
import org.protocoldesk.model.CalendarItemKind;
import org.protocoldesk.ui.common.ApproximateDates;
import org.protocoldesk.ui.common.EnumLabels;
import org.protocoldesk.ui.common.KindLegend;
import org.protocoldesk.ui.common.SearchText;

/** How an item of the calendar reads and looks: its icon, its style class (the colour), its words. */
final class ItemLook {
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private ItemLook() {
    }

    static Ikon icon(CalendarItemKind kind) {
        return switch (kind) {
            case TRIP -> Material2OutlinedAL.FLIGHT_TAKEOFF;
            case EVENT -> Material2OutlinedAL.EVENT;
            case MEETING -> Material2OutlinedAL.FORUM;
            case REPLY_DEADLINE -> Material2OutlinedMZ.MAIL_OUTLINE;
            case PROPOSED_VISIT -> Material2OutlinedMZ.PLACE;
            case FOLLOW_UP_DUE -> Material2OutlinedAL.ASSIGNMENT_LATE;
        };
    }

    /** {@code kind-trip}, {@code kind-reply-deadline}: the colour of the kind in the style sheet. */
    static String styleClass(CalendarItemKind kind) {
        return KindLegend.styleClass(kind);
    }

    static String label(CalendarItemKind kind) {
        return EnumLabels.of(kind);
    }

    /** The words of an entry: its own title, else what it is about. */
    static String title(CalendarItem item) {
        String people = String.join(", ", item.people());
        String own = item.title() == null || item.title().isBlank() ? null : item.title();
        return switch (item.kind()) {
            case MEETING -> own != null ? own : "Meeting with " + people;
            case REPLY_DEADLINE -> "Reply due: " + (own != null ? own : people);
            case PROPOSED_VISIT -> "Proposed: " + (own != null ? own : people);
            case FOLLOW_UP_DUE -> "Due: " + own;
            case TRIP, EVENT -> own;
        };
    }

    /** "09:00–10:00", or "09:00", or an empty text for an all-day entry. */
    static String time(CalendarItem item) {
        if (item.allDay()) {
            return "";
        }
        return item.endTime() == null ? HH_MM.format(item.startTime())
                : HH_MM.format(item.startTime()) + "–" + HH_MM.format(item.endTime());
    }

    static String time(LocalTime time) {
        return HH_MM.format(time);
    }

    /** "Dushanbe time": the place's zone, as the entry's times are in it. */
    static String zone(ZoneId zone) {
        if (zone == null) {
            return "";
        }
        String id = zone.getId();
        return id.substring(id.lastIndexOf('/') + 1).replace('_', ' ') + " time";
    }

    /** Everything about an entry, for its tooltip and the agenda. */
    static String details(CalendarItem item) {
        String when = ApproximateDates.range(item.approximateStart(), item.approximateEnd())
                + (item.allDay() ? "" : ", " + time(item) + " " + zone(item.zone()));
        return SearchText.joined("\n", label(item.kind()) + " · " + when, title(item),
                item.place(), item.people().isEmpty() ? null : String.join(", ", item.people()),
                item.topics().isEmpty() ? null : "Topics: " + String.join(", ", item.topics()));
    }
}
