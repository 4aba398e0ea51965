package org.protocoldesk.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * One entry of the calendar: a record of some kind ({@code kind}, {@code recordId}) over the days from
 * {@code startDate} to {@code endDate}. A timed entry has a start time (and maybe an end time) in the local time of
 * its place, {@code zone}; it is never converted to the machine's zone. An end time before the start time on the
 * same day is impossible: an entry that runs past midnight ends on a later {@code endDate}.
 *
 * @param title          the record's own title, if it has one (a meeting or an invitation may not)
 * @param countryCode    the country it takes place in or concerns, if known
 * @param people         the names of those it concerns: counterparts met, persons or organisations inviting or invited
 * @param topics         the topics of a meeting
 * @param counterparts   the counterparts among them (persons, with their ids, for filtering and links)
 * @param tripIds        the trips it belongs to
 * @param precision      how much of its dates is known: an entry known only to the month or the year spans all of it
 *                       and is shown as a marker on the month, never on a made-up day
 */
public record CalendarItem(CalendarItemKind kind, long recordId, String title, LocalDate startDate,
                           LocalDate endDate, LocalTime startTime, LocalTime endTime, ZoneId zone, String place,
                           String countryCode, List<String> people, List<String> topics, List<PersonRef> counterparts,
                           Set<Long> tripIds, DatePrecision precision) {

    public CalendarItem {
        Require.present(kind, "kind");
        Require.present(startDate, "startDate");
        endDate = endDate == null ? startDate : endDate;
        Require.ordered(startDate, endDate, "dates");
        if (startTime == null && endTime != null) {
            throw new InvalidRecordException("endTime", "needs a start time");
        }
        if (endTime != null && endDate.equals(startDate) && endTime.isBefore(startTime)) {
            throw new InvalidRecordException("endTime", "is before the start time on the same day");
        }
        people = Require.copy(people);
        topics = Require.copy(topics);
        counterparts = Require.copy(counterparts);
        tripIds = Set.copyOf(tripIds);
        precision = precision == null ? DatePrecision.DAY : precision;
    }

    /** Its first day as far as it is known: "16 May 2024", or only "May 2024". */
    public ApproximateDate approximateStart() {
        return new ApproximateDate(startDate, precision);
    }

    /** Its last day as far as it is known. */
    public ApproximateDate approximateEnd() {
        return new ApproximateDate(endDate, precision);
    }

    /** Whether its dates are known only to the month or the year. */
    public boolean approximate() {
        return precision != DatePrecision.DAY;
    }

    /** A whole-day entry: a trip, an event, a deadline, a due date; a meeting with no time recorded. */
    public boolean allDay() {
        return startTime == null;
    }

    /** Whether the entry takes place on {@code day}, at any hour of it. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(startDate) && !day.isAfter(endDate);
    }

    /** Whether it takes place on at least one day from {@code from} to {@code to}, both included. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !startDate.isAfter(to) && !endDate.isBefore(from);
    }

    /** Whether the counterpart is among those it concerns. */
    public boolean concerns(long counterpartId) {
        return counterparts.stream().anyMatch(p -> p.id() == counterpartId);
    }

    /** A key that tells two entries apart: a record appears once per kind. */
    public String key() {
        return kind.name() + ":" + recordId;
    }
}
