package org.protocoldesk.store;

import java.time.LocalDate;
import org.protocoldesk.model.FollowUpStatus;
import org.protocoldesk.model.Party;

/** A follow-up with its owner's name and the meeting it came from. */
public record FollowUpData(long id, String text, Party owedBy, String owner, LocalDate dueDate, LocalDate doneDate,
                           FollowUpStatus status, Long meetingId, String meetingTitle, LocalDate meetingDate) {
}
