package org.protocoldesk.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One entry of a timeline. A point in time has no {@code end}; a span has one, or is {@code ongoing} (a post still
 * held, an invitation still pending, an agreement in force with no end date, an open follow-up).
 *
 * @param start        the day it began: held, extended, concluded, taken up, due
 * @param people       the counterparts concerned (met, inviting or invited, holding the post)
 * @param organisation the organisation concerned, when there is one (a post's)
 * @param status       the record's status where it has one: {@link InvitationStatus}, {@link DocumentStatus},
 *                     {@link FollowUpStatus}
 */
public record TimelineEntry(TimelineKind kind, long recordId, String title, LocalDate start, LocalDate end,
                            boolean ongoing, List<String> people, String organisation, Enum<?> status) {

    public TimelineEntry {
        Require.present(kind, "kind");
        Require.present(start, "start");
        Require.ordered(start, end, "dates");
        people = Require.copy(people);
    }

    /** The last day it covers: its end, else its start; an ongoing span reaches {@code today}. */
    public LocalDate lastDay(LocalDate today) {
        if (ongoing) {
            return today.isAfter(start) ? today : start;
        }
        return end == null ? start : end;
    }
}
