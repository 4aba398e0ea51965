package org.protocoldesk.service;

import static org.protocoldesk.service.MeetingFields.followUp;
import static org.protocoldesk.service.MeetingFields.outcome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.protocoldesk.model.DocumentTerms;
import org.protocoldesk.model.FollowUpEntry;
import org.protocoldesk.model.InvitationTerms;
import org.protocoldesk.model.MeetingEntry;
import org.protocoldesk.model.OutcomeEntry;
import org.protocoldesk.model.OutcomeKind;

/** Checks a logged meeting before anything is written and names every field at fault, not only the first. */
final class MeetingEntryRules {
    static final int SUMMARY_LIMIT = MeetingLogService.SUMMARY_LIMIT;

    private final List<FieldError> errors = new ArrayList<>();

    static List<FieldError> check(MeetingEntry entry) {
        MeetingEntryRules rules = new MeetingEntryRules();
        rules.checkMeeting(entry);
        for (int i = 0; i < entry.outcomes().size(); i++) {
            rules.checkOutcome(i, entry.outcomes().get(i), entry.date());
        }
        for (int i = 0; i < entry.followUps().size(); i++) {
            rules.checkFollowUp(i, entry.followUps().get(i), entry.date());
        }
        return List.copyOf(rules.errors);
    }

    private void checkMeeting(MeetingEntry entry) {
        require(!entry.counterpartIds().isEmpty(), MeetingFields.COUNTERPARTS, Problem.REQUIRED);
        require(entry.date() != null, MeetingFields.DATE, Problem.REQUIRED);
        require(entry.time() == null || entry.zone() != null, MeetingFields.ZONE, Problem.TIME_NEEDS_ZONE);
        require(entry.summary() == null || entry.summary().length() <= SUMMARY_LIMIT, MeetingFields.SUMMARY,
                Problem.TOO_LONG);
    }

    private void checkOutcome(int index, OutcomeEntry outcome, LocalDate meetingDate) {
        require(outcome.kind() != null, outcome(index, "kind"), Problem.REQUIRED);
        require(!blank(outcome.text()), outcome(index, MeetingFields.TEXT), Problem.REQUIRED);
        if (outcome.kind() == OutcomeKind.INVITATION) {
            checkInvitation(index, outcome.invitation(), meetingDate);
        } else if (outcome.kind() == OutcomeKind.DOCUMENT_SIGNED) {
            checkDocument(index, outcome.document());
        }
    }

    private void checkInvitation(int index, InvitationTerms terms, LocalDate extendedOn) {
        if (terms == null) {
            require(false, outcome(index, MeetingFields.DIRECTION), Problem.REQUIRED);
            return;
        }
        require(terms.direction() != null, outcome(index, MeetingFields.DIRECTION), Problem.REQUIRED);
        require(terms.occasion() != null, outcome(index, MeetingFields.OCCASION), Problem.REQUIRED);
        require(terms.inviterPersonId() != null || terms.inviterOrganisationId() != null
                        || !blank(terms.inviterName()), outcome(index, MeetingFields.INVITER), Problem.INVITER_REQUIRED);
        require(terms.inviteePersonId() != null || terms.inviteeOrganisationId() != null
                        || !blank(terms.inviteeName()), outcome(index, MeetingFields.INVITEE), Problem.INVITEE_REQUIRED);
        require(terms.proposedFrom() == null || terms.proposedTo() == null
                        || !terms.proposedTo().date().isBefore(terms.proposedFrom().date()),
                outcome(index, MeetingFields.PROPOSED_END),
                Problem.ENDS_BEFORE_START);
        require(!before(terms.replyDeadline(), extendedOn), outcome(index, MeetingFields.REPLY_DEADLINE),
                Problem.DEADLINE_BEFORE_EXTENSION);
    }

    private void checkDocument(int index, DocumentTerms terms) {
        require(terms != null && !blank(terms.title()), outcome(index, MeetingFields.TITLE), Problem.REQUIRED);
        if (terms != null) {
            require(!before(terms.validUntil(), terms.validFrom()), outcome(index, MeetingFields.VALID_UNTIL),
                    Problem.ENDS_BEFORE_START);
        }
    }

    private void checkFollowUp(int index, FollowUpEntry followUp, LocalDate meetingDate) {
        require(!blank(followUp.action()), followUp(index, MeetingFields.ACTION), Problem.REQUIRED);
        require(followUp.owedBy() != null, followUp(index, MeetingFields.OWED_BY), Problem.REQUIRED);
        require(!before(followUp.due(), meetingDate), followUp(index, MeetingFields.DUE), Problem.DUE_BEFORE_MEETING);
    }

    private void require(boolean holds, String field, Problem problem) {
        if (!holds) {
            errors.add(new FieldError(field, problem));
        }
    }

    private static boolean before(LocalDate date, LocalDate reference) {
        return date != null && reference != null && date.isBefore(reference);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
