package org.protocoldesk.ui.meetinglog;

import java.util.List;
import org.protocoldesk.model.DocumentKind;
import org.protocoldesk.model.DocumentStatus;
import org.protocoldesk.model.InvitationDirection;
import org.protocoldesk.model.InvitationOccasion;
import org.protocoldesk.model.OutcomeKind;
import org.protocoldesk.model.Party;

/** Everything typed into the Log meeting form, as typed (dates as text), for a draft. People are kept by id. */
record FormSnapshot(Long meetingId, List<Long> counterparts, List<Long> ours, String date, String time, String zone,
                    String place, Long tripId, Long eventId, List<String> topics, String summary,
                    List<Outcome> outcomes, List<FollowUp> followUps) {

    record Outcome(Long outcomeId, OutcomeKind kind, String text, Long invitationId, InvitationDirection direction,
                   InvitationOccasion occasion, Long inviterId, Long inviteeId, String proposedFrom, String proposedTo,
                   String deadline, Long documentId, String title, DocumentKind documentKind,
                   DocumentStatus documentStatus, String validFrom, String validUntil) {
    }

    record FollowUp(Long followUpId, String action, Party owedBy, Long ownerId, String due) {
    }
}
