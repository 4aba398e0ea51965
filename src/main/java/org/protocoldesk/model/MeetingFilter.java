package org.protocoldesk.model;

import java.time.LocalDate;

/**
 * Which meetings a list shows: held from {@code from} to {@code to} (both included), in a country, with a
 * counterpart, about a topic, on a trip. A null part does not filter.
 */
public record MeetingFilter(LocalDate from, LocalDate to, String countryCode, Long counterpartId,
                            Long topicId, Long tripId) {
    public static final MeetingFilter NONE = new MeetingFilter(null, null, null, null, null, null);

    public boolean isNone() {
        return equals(NONE);
    }
}
