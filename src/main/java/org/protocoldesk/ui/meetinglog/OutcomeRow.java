package org.protocoldesk.ui.meetinglog;

import static org.protocoldesk.ui.form.Fields.textOrNull;

import java.time.LocalDate;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import org.protocoldesk.model.ApproximateDate;
import org.protocoldesk.model.DocumentKind;
import org.protocoldesk.model.DocumentStatus;
import org.protocoldesk.model.DocumentTerms;
import org.protocoldesk.model.InvitationDirection;
import org.protocoldesk.model.InvitationOccasion;
import org.protocoldesk.model.InvitationTerms;
import org.protocoldesk.model.OutcomeEntry;
import org.protocoldesk.model.OutcomeKind;
import org.protocoldesk.model.PersonChoice;
import org.protocoldesk.ui.common.ApproximateDates;
import org.protocoldesk.ui.form.Checks;
import org.protocoldesk.ui.form.Fields;
import org.protocoldesk.ui.form.FormField;

/**
 * One outcome of the meeting being logged: kind and text, and, for an invitation or a signed document, the fields of
 * the record it creates, checked only while that kind is chosen. Its fields belong to the form's own, so that a save
 * shows their errors with the others; a removed row stops checking.
 */
final class OutcomeRow {
    private final BooleanProperty active = new SimpleBooleanProperty(true);
    private Long outcomeId;
    private Long invitationId;
    private Long documentId;

    final FormField<OutcomeKind> kind;
    final FormField<String> text;
    final FormField<InvitationDirection> direction;
    final FormField<InvitationOccasion> occasion;
    final FormField<PersonChoice> inviter;
    final FormField<PersonChoice> invitee;
    final FormField<String> proposedFrom;
    final FormField<String> proposedTo;
    final FormField<String> deadline;
    final FormField<String> title;
    final FormField<DocumentKind> documentKind;
    final FormField<DocumentStatus> documentStatus;
    final FormField<String> validFrom;
    final FormField<String> validUntil;

    OutcomeRow(Fields fields, String key, ObservableValue<String> meetingDate) {
        kind = fields.choice(key + "-kind", "Kind");
        kind.check(() -> active.get() ? Checks.requiredChoice(kind.get()) : null, active);
        text = fields.text(key + "-text", "Outcome");
        text.check(() -> active.get() ? Checks.required(text.get()) : null, active);
        direction = requiredFor(OutcomeKind.INVITATION, fields.choice(key + "-direction", "Direction"));
        occasion = requiredFor(OutcomeKind.INVITATION, fields.choice(key + "-occasion", "Occasion"));
        inviter = requiredFor(OutcomeKind.INVITATION, fields.choice(key + "-inviter", "Invited by"));
        invitee = requiredFor(OutcomeKind.INVITATION, fields.choice(key + "-invitee", "Invited"));
        proposedFrom = fields.text(key + "-proposed-from", "Proposed from").check(Checks::approximateDate);
        proposedTo = fields.text(key + "-proposed-to", "Proposed to").check(Checks::approximateDate);
        proposedTo.check(() -> Checks.endNotBefore(proposedFrom.valueProperty(), proposedTo.get()),
                proposedFrom.valueProperty());
        deadline = fields.dateText(key + "-deadline", "Reply by");
        deadline.check(() -> isKind(OutcomeKind.INVITATION)
                        ? MeetingChecks.notBefore(meetingDate, deadline.get(), "Before the invitation was extended")
                        : null,
                meetingDate, kind.valueProperty(), active);
        title = fields.text(key + "-title", "Document title");
        title.check(() -> isKind(OutcomeKind.DOCUMENT_SIGNED) ? Checks.required(title.get()) : null,
                kind.valueProperty(), active);
        documentKind = requiredFor(OutcomeKind.DOCUMENT_SIGNED, fields.choice(key + "-document-kind", "Document kind"));
        documentStatus = fields.choice(key + "-document-status", "Signed or adopted");
        validFrom = fields.dateText(key + "-valid-from", "In force from");
        validUntil = fields.dateText(key + "-valid-until", "In force until");
        validUntil.check(() -> Checks.notBefore(validFrom.valueProperty(), validUntil.get()),
                validFrom.valueProperty());
    }

    /** A choice that must be made while the outcome is of {@code wanted} kind. */
    private <T> FormField<T> requiredFor(OutcomeKind wanted, FormField<T> field) {
        return field.check(() -> isKind(wanted) ? Checks.requiredChoice(field.get()) : null, kind.valueProperty(),
                active);
    }

    /** The outcome as the form keeps it in a draft. */
    static FormSnapshot.Outcome snapshotOf(OutcomeEntry entry) {
        InvitationTerms i = entry.invitation();
        DocumentTerms d = entry.document();
        return new FormSnapshot.Outcome(entry.outcomeId(), entry.kind(), entry.text(),
                i == null ? null : i.invitationId(), i == null ? null : i.direction(), i == null ? null : i.occasion(),
                i == null ? null : i.inviterPersonId(), i == null ? null : i.inviteePersonId(),
                i == null ? "" : ApproximateDates.of(i.proposedFrom()), i == null ? "" : ApproximateDates.of(i.proposedTo()),
                i == null ? "" : Checks.format(i.replyDeadline()),
                d == null ? null : d.documentId(), d == null ? "" : d.title(), d == null ? null : d.kind(),
                d == null ? null : d.status(), d == null ? "" : Checks.format(d.validFrom()),
                d == null ? "" : Checks.format(d.validUntil()));
    }

    FormSnapshot.Outcome snapshot() {
        return new FormSnapshot.Outcome(outcomeId, kind.get(), text.get(), invitationId, direction.get(), occasion.get(),
                idOf(inviter.get()), idOf(invitee.get()), proposedFrom.get(), proposedTo.get(), deadline.get(),
                documentId, title.get(), documentKind.get(), documentStatus.get(), validFrom.get(), validUntil.get());
    }

    void apply(FormSnapshot.Outcome s, Function<Long, PersonChoice> person, Putter put) {
        outcomeId = s.outcomeId();
        invitationId = s.invitationId();
        documentId = s.documentId();
        put.put(kind, s.kind());
        put.put(text, s.text());
        put.put(direction, s.direction());
        put.put(occasion, s.occasion());
        put.put(inviter, person.apply(s.inviterId()));
        put.put(invitee, person.apply(s.inviteeId()));
        put.put(proposedFrom, s.proposedFrom());
        put.put(proposedTo, s.proposedTo());
        put.put(deadline, s.deadline());
        put.put(title, s.title());
        put.put(documentKind, s.documentKind());
        put.put(documentStatus, s.documentStatus());
        put.put(validFrom, s.validFrom());
        put.put(validUntil, s.validUntil());
    }

    OutcomeEntry build() {
        InvitationTerms invitation = isKind(OutcomeKind.INVITATION)
                ? new InvitationTerms(invitationId, direction.get(), occasion.get(), null, idOf(inviter.get()), null,
                idOf(invitee.get()), null, approximate(proposedFrom), approximate(proposedTo), day(deadline))
                : null;
        DocumentTerms document = isKind(OutcomeKind.DOCUMENT_SIGNED)
                ? new DocumentTerms(documentId, textOrNull(title), documentKind.get(),
                documentStatus.get() == null ? DocumentStatus.SIGNED : documentStatus.get(), day(validFrom),
                day(validUntil))
                : null;
        return new OutcomeEntry(outcomeId, kind.get(), textOrNull(text), invitation, document);
    }

    /** The row was removed: its fields no longer count. */
    void remove() {
        active.set(false);
    }

    boolean isActive() {
        return active.get();
    }

    boolean isKind(OutcomeKind wanted) {
        return active.get() && kind.get() == wanted;
    }

    private static Long idOf(PersonChoice person) {
        return person == null ? null : person.id();
    }

    private static ApproximateDate approximate(FormField<String> field) {
        return Checks.parseApproximate(field.get()).orElse(null);
    }

    private static LocalDate day(FormField<String> field) {
        return Checks.parse(field.get()).orElse(null);
    }
}
