package org.protocoldesk.model;

import static org.protocoldesk.model.Require.copy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * A meeting as lists and the calendar show it: {@code counterparts} are the names of the counterparts met,
 * in name order; {@code eventName} is that of the event it was on the sidelines of, if any.
 */
public record MeetingSummary(long id, LocalDate date, LocalTime startTime, ZoneId zone, MeetingKind kind, String title,
                             List<String> counterparts, String eventName, String city, String countryName,
                             List<String> topics) {
    public MeetingSummary {
        counterparts = copy(counterparts);
        topics = copy(topics);
    }
}
