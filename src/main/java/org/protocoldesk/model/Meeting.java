package org.protocoldesk.model;

import static org.protocoldesk.model.Require.copy;
import static org.protocoldesk.model.Require.present;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A meeting, kept in the local date and time of the place where it happened together with that place's zone
 * (a 10:00 meeting in Dushanbe stays 10:00 whatever the zone of the laptop). Times may be unknown.
 * {@code attendeeIds} holds our participants and the counterparts met; their {@link Side} tells which.
 */
public record Meeting(Long id, MeetingKind kind, String title, LocalDate date, LocalTime startTime, LocalTime endTime,
                      ZoneId zone, String place, String city, String countryCode, Long tripId, Long eventId,
                      String summary, List<Long> attendeeIds, List<String> topics, List<Outcome> outcomes) {
    public Meeting {
        present(kind, "meeting kind");
        present(date, "meeting date");
        present(zone, "time zone");
        if (endTime != null && (startTime == null || endTime.isBefore(startTime))) {
            throw new InvalidRecordException("end time", "must follow the start time");
        }
        attendeeIds = copy(attendeeIds);
        topics = copy(topics);
        outcomes = copy(outcomes);
    }

    /** The instant the meeting started, where its start time is known. */
    public Optional<ZonedDateTime> start() {
        return Optional.ofNullable(startTime).map(t -> ZonedDateTime.of(date, t, zone));
    }

    public Meeting withId(long newId) {
        return new Meeting(newId, kind, title, date, startTime, endTime, zone, place, city, countryCode, tripId, eventId,
                summary, attendeeIds, topics, outcomes);
    }
}
