package org.protocoldesk.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.validate.ValidationException;
import org.protocoldesk.model.CalendarItem;
import org.protocoldesk.model.CalendarItemKind;
import org.protocoldesk.model.DatePrecision;

/**
 * Calendar entries as an iCalendar file (RFC 5545) that Thunderbird and Outlook import. A meeting is a timed event
 * at its local time with a TZID of its place's zone, and the file carries that zone's VTIMEZONE, so 09:00 in
 * Dushanbe stays 09:00 Dushanbe time in any calendar. Trips, events, deadlines and due dates are all-day events.
 * A date known only to the month or the year becomes an all-day event over that whole month or year, marked
 * "transparent" (it does not make anyone busy) and said so in its summary and description, never a made-up day.
 * A meeting with no end time lasts an hour; one with no zone is in "floating" local time.
 */
public final class IcsCalendar {
    static final String PRODUCT = "-//Protocol Desk//Protocol Desk//EN";
    private static final String UID_DOMAIN = "@protocol-desk";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();
    private final Instant stamp;

    /** {@code stamp}: when the file is made, the DTSTAMP of every event. */
    public IcsCalendar(Instant stamp) {
        this.stamp = stamp;
    }

    /**
     * The file's bytes (UTF-8), validated: an item ical4j finds invalid fails here, before anything is written. A
     * calendar of no entry is not valid iCalendar: the callers say "nothing to export" instead.
     */
    public byte[] bytes(List<CalendarItem> items) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("An iCalendar file needs at least one entry");
        }
        Calendar calendar = calendar(items);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("The calendar is not valid iCalendar: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    Calendar calendar(List<CalendarItem> items) {
        Calendar calendar = new Calendar().withProdId(PRODUCT).withDefaults().getFluentTarget();
        // The zones of timed entries, each once, in a stable order.
        new TreeSet<>(items.stream().filter(item -> !item.allDay() && !item.approximate())
                .map(CalendarItem::zone).filter(Objects::nonNull).map(ZoneId::getId).toList())
                .forEach(id -> calendar.add(zones.getTimeZone(id).getVTimeZone()));
        items.forEach(item -> calendar.add(event(item)));
        return calendar;
    }

    private VEvent event(CalendarItem item) {
        VEvent event = new VEvent(false);
        event.add(new Uid(item.kind().name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + item.recordId()
                + UID_DOMAIN));
        event.add(new DtStamp(stamp));
        if (item.allDay() || item.approximate()) {
            event.add(new DtStart<>(item.startDate()));
            event.add(new DtEnd<>(item.endDate().plusDays(1)));
        } else {
            event.add(new DtStart<>(zoneOf(item), start(item)));
            event.add(new DtEnd<>(zoneOf(item), end(item)));
        }
        if (item.approximate()) {
            event.add(new Transp(Transp.VALUE_TRANSPARENT));
        }
        event.add(new Summary(summary(item)));
        if (item.place() != null && !item.place().isBlank()) {
            event.add(new Location(item.place()));
        }
        String description = description(item);
        if (!description.isEmpty()) {
            event.add(new Description(description));
        }
        event.add(new Categories(kindWord(item)));
        return event;
    }

    private static LocalDateTime start(CalendarItem item) {
        return item.startDate().atTime(item.startTime());
    }

    /** The end time, else an hour after the start. */
    private static LocalDateTime end(CalendarItem item) {
        return item.endTime() == null ? start(item).plusHours(1) : item.endDate().atTime(item.endTime());
    }

    /**
     * The TZID of the place's zone beside a local time written as it is. ical4j 4.2.3 would convert a ZonedDateTime
     * through its own reading of the VTIMEZONE and writes 09:00 Dushanbe as 10:00 (it takes the +06 of 1991 for
     * today's +05); the local time with its TZID is what RFC 5545 means, and the VTIMEZONE written is right.
     */
    private static ParameterList zoneOf(CalendarItem item) {
        return item.zone() == null ? new ParameterList() : new ParameterList(List.of(new TzId(item.zone().getId())));
    }

    static String summary(CalendarItem item) {
        String own = item.title() == null || item.title().isBlank() ? null : item.title();
        String people = String.join(", ", item.people());
        String text = switch (item.kind()) {
            case MEETING -> own != null ? own : "Meeting with " + people;
            case REPLY_DEADLINE -> "Reply due: " + (own != null ? own : people);
            case PROPOSED_VISIT -> "Proposed visit: " + (own != null ? own : people);
            case FOLLOW_UP_DUE -> "Follow-up due: " + own;
            case TRIP, EVENT -> own;
        };
        // A visit proposed for a month is not fixed yet; a trip or event the records date to the month took place then.
        String unknown = item.kind() == CalendarItemKind.PROPOSED_VISIT ? "day not fixed"
                : "days not recorded";
        return item.approximate() ? text + " (" + approximately(item) + ", " + unknown + ")" : text;
    }

    private static String description(CalendarItem item) {
        List<String> lines = new ArrayList<>();
        if (item.approximate()) {
            lines.add("Date known only to the " + item.precision().name().toLowerCase(Locale.ROOT) + ": "
                    + approximately(item) + ".");
        }
        if (!item.people().isEmpty()) {
            lines.add((item.kind() == CalendarItemKind.MEETING ? "Counterparts: "
                    : "Concerns: ") + String.join(", ", item.people()));
        }
        if (!item.topics().isEmpty()) {
            lines.add("Topics: " + String.join(", ", item.topics()));
        }
        if (item.zone() != null && (item.allDay() || item.approximate())) {
            lines.add("Local time zone: " + item.zone().getId());
        }
        return String.join("\n", lines);
    }

    private static String approximately(CalendarItem item) {
        return item.precision() == DatePrecision.YEAR ? Integer.toString(item.startDate().getYear())
                : MONTH.format(item.startDate());
    }

    private static String kindWord(CalendarItem item) {
        return switch (item.kind()) {
            case TRIP -> "Trip";
            case EVENT -> "Event";
            case MEETING -> "Meeting";
            case REPLY_DEADLINE -> "Reply deadline";
            case PROPOSED_VISIT -> "Proposed visit";
            case FOLLOW_UP_DUE -> "Follow-up due";
        };
    }
}
