package org.protocoldesk.model;

import static org.protocoldesk.model.Require.nonBlank;
import static org.protocoldesk.model.Require.present;

import java.time.LocalDate;

/** An action owed by us or by them; a done follow-up carries the date it was done, and only a done one does. */
public record FollowUp(Long id, String text, Party owedBy, Long ownerPersonId, LocalDate dueDate, LocalDate doneDate,
                       FollowUpStatus status, Long meetingId) {
    public FollowUp {
        nonBlank(text, "follow-up");
        present(owedBy, "owed by");
        present(status, "follow-up status");
        if ((status == FollowUpStatus.DONE) != (doneDate != null)) {
            throw new InvalidRecordException("done date", status == FollowUpStatus.DONE
                    ? "is required when the follow-up is done" : "is only set when the follow-up is done");
        }
    }

    public FollowUp withId(long newId) {
        return new FollowUp(newId, text, owedBy, ownerPersonId, dueDate, doneDate, status, meetingId);
    }

    /** This follow-up done on the day given. */
    public FollowUp doneOn(LocalDate day) {
        return new FollowUp(id, text, owedBy, ownerPersonId, dueDate, day, FollowUpStatus.DONE, meetingId);
    }

    /** This follow-up dropped: nobody will do it. */
    public FollowUp dropped() {
        return new FollowUp(id, text, owedBy, ownerPersonId, dueDate, null, FollowUpStatus.DROPPED, meetingId);
    }
}
