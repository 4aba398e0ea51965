package org.protocoldesk.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A timeline's answers at a glance, over the subject's whole history whatever part of it is loaded: when we last met,
 * how many follow-ups are still open and how many invitations await a decision, and the first day any entry can
 * have (where loading older windows stops).
 */
public record TimelineGlance(Optional<TimelineEntry> lastMeeting, int openFollowUps, int pendingInvitations,
                             Optional<LocalDate> firstDay) {

    public TimelineGlance {
        Require.present(lastMeeting, "lastMeeting");
        Require.present(firstDay, "firstDay");
    }
}
