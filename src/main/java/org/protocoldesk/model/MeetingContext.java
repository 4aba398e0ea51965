package org.protocoldesk.model;

import java.time.ZoneId;

/**
 * Where a meeting logged now most likely happened: the trip under way, the event under way on that trip, its venue
 * and zone. Any part may be unknown (null).
 */
public record MeetingContext(Long tripId, Long eventId, String place, String city, String countryCode, ZoneId zone) {
    public static MeetingContext none() {
        return new MeetingContext(null, null, null, null, null, null);
    }
}
