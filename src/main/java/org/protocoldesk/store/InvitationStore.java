package org.protocoldesk.store;

import static org.protocoldesk.store.generated.Tables.COUNTRY;
import static org.protocoldesk.store.generated.Tables.INVITATION;
import static org.protocoldesk.store.generated.Tables.INVITATION_STATUS_CHANGE;
import static org.protocoldesk.store.generated.Tables.ORGANISATION;
import static org.protocoldesk.store.generated.Tables.PERSON;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.protocoldesk.model.Invitation;
import org.protocoldesk.model.InvitationChange;
import org.protocoldesk.model.InvitationDirection;
import org.protocoldesk.model.InvitationStatus;
import org.protocoldesk.model.InvitationSummary;
import org.protocoldesk.model.PartyNames;
import org.protocoldesk.model.Page;
import org.protocoldesk.model.RecordKind;
import org.protocoldesk.store.generated.tables.Organisation;
import org.protocoldesk.store.generated.tables.Person;
import org.protocoldesk.store.generated.tables.records.InvitationRecord;

public final class InvitationStore {
    private static final Person INVITER_PERSON = PERSON.as("inviter_person");
    private static final Organisation INVITER_ORGANISATION = ORGANISATION.as("inviter_organisation");
    private static final Person INVITEE_PERSON = PERSON.as("invitee_person");
    private static final Organisation INVITEE_ORGANISATION = ORGANISATION.as("invitee_organisation");

    private static final Condition PENDING = INVITATION.STATUS.eq(InvitationStatus.PENDING);

    private final DSLContext tx;
    private final SearchIndex index;

    InvitationStore(DSLContext tx) {
        this.tx = tx;
        this.index = new SearchIndex(tx);
    }

    public Invitation insert(Invitation invitation) {
        InvitationRecord record = tx.newRecord(INVITATION);
        fill(record, invitation);
        record.store();
        index.refresh(RecordKind.INVITATION, record.getId());
        return invitation.withId(record.getId());
    }

    public void update(Invitation invitation) {
        InvitationRecord record = tx.fetchSingle(INVITATION, INVITATION.ID.eq(invitation.id()));
        fill(record, invitation);
        record.store();
        index.refresh(RecordKind.INVITATION, invitation.id());
    }

    /** Deletes the invitation with its history; outcomes that created it keep their text. */
    public void delete(long id) {
        tx.deleteFrom(INVITATION).where(INVITATION.ID.eq(id)).execute();
        index.remove(RecordKind.INVITATION, id);
    }

    /** Keeps the day a decision was taken on the invitation, for its history. */
    public void recordChange(long invitationId, InvitationChange change) {
        tx.insertInto(INVITATION_STATUS_CHANGE, INVITATION_STATUS_CHANGE.INVITATION_ID,
                        INVITATION_STATUS_CHANGE.STATUS, INVITATION_STATUS_CHANGE.CHANGED_ON,
                        INVITATION_STATUS_CHANGE.REASON)
                .values(invitationId, change.status(), change.on(), change.reason())
                .execute();
    }

    /** The decisions taken on the invitation, in the order they were taken. */
    public List<InvitationChange> changes(long invitationId) {
        return tx.selectFrom(INVITATION_STATUS_CHANGE)
                .where(INVITATION_STATUS_CHANGE.INVITATION_ID.eq(invitationId))
                .orderBy(INVITATION_STATUS_CHANGE.CHANGED_ON, INVITATION_STATUS_CHANGE.ID)
                .fetch(r -> new InvitationChange(r.getStatus(),
                        r.getChangedOn(), r.getReason()));
    }

    /** The ids of the invitations extended at the meeting, oldest first. */
    public List<Long> idsExtendedAt(long meetingId) {
        return tx.select(INVITATION.ID).from(INVITATION).where(INVITATION.EXTENDED_AT_MEETING_ID.eq(meetingId))
                .orderBy(INVITATION.ID).fetch(INVITATION.ID);
    }

    public Optional<Invitation> find(long id) {
        return tx.selectFrom(INVITATION).where(INVITATION.ID.eq(id)).fetchOptional(InvitationStore::toModel);
    }

    /** All invitations, latest proposed start first, those with no proposed date last. */
    public List<InvitationSummary> summaries() {
        return summaries(Page.ALL);
    }

    /** A page of {@link #summaries()}. */
    public List<InvitationSummary> summaries(Page page) {
        return summaries(DSL.noCondition(), page, INVITATION.PROPOSED_START.desc().nullsLast(), INVITATION.ID.desc());
    }

    /**
     * A page of the invitations in one status and direction, as the Invitations screen groups them: pending ones
     * nearest reply deadline first, decided ones latest deadline first; those with no deadline last.
     */
    public List<InvitationSummary> inGroup(InvitationStatus status, InvitationDirection direction, Page page) {
        SortField<LocalDate> byDeadline = status == InvitationStatus.PENDING
                ? INVITATION.REPLY_DEADLINE.asc().nullsLast() : INVITATION.REPLY_DEADLINE.desc().nullsLast();
        return summaries(INVITATION.STATUS.eq(status).and(INVITATION.DIRECTION.eq(direction)), page, byDeadline,
                INVITATION.ID.desc());
    }

    /** The invitation as lists show it, with its parties' names. */
    public Optional<InvitationSummary> summary(long id) {
        return summaries(INVITATION.ID.eq(id), Page.ALL, INVITATION.ID.asc()).stream().findFirst();
    }

    /** The pending invitations, nearest reply deadline first, those with no deadline last. */
    public List<InvitationSummary> awaitingDecision() {
        return awaitingDecision(Page.ALL);
    }

    /** A page of {@link #awaitingDecision()}, read in the order of the index on pending invitations' deadlines. */
    public List<InvitationSummary> awaitingDecision(Page page) {
        SortField<?>[] byDeadline = {INVITATION.REPLY_DEADLINE.asc().nullsLast(), INVITATION.ID.asc()};
        // The page is chosen on that index alone, and only its rows are joined to their parties' names: joining every
        // pending invitation before sorting them (the index cannot give "no deadline last") took most of Today's read.
        return summaries(INVITATION.ID.in(DSL.select(INVITATION.ID).from(INVITATION).where(PENDING)
                .orderBy(byDeadline).limit(page.limit()).offset(page.offset())), Page.ALL, byDeadline);
    }

    /** How many invitations await a decision. */
    public int countAwaitingDecision() {
        return tx.fetchCount(INVITATION, PENDING);
    }

    private List<InvitationSummary> summaries(Condition which, Page page, SortField<?>... order) {
        return tx.select(INVITATION.fields())
                .select(INVITER_PERSON.FULL_NAME, INVITER_ORGANISATION.NAME, INVITEE_PERSON.FULL_NAME,
                        INVITEE_ORGANISATION.NAME, COUNTRY.NAME)
                .from(INVITATION)
                .leftJoin(INVITER_PERSON).on(INVITER_PERSON.ID.eq(INVITATION.INVITER_PERSON_ID))
                .leftJoin(INVITER_ORGANISATION).on(INVITER_ORGANISATION.ID.eq(INVITATION.INVITER_ORGANISATION_ID))
                .leftJoin(INVITEE_PERSON).on(INVITEE_PERSON.ID.eq(INVITATION.INVITEE_PERSON_ID))
                .leftJoin(INVITEE_ORGANISATION).on(INVITEE_ORGANISATION.ID.eq(INVITATION.INVITEE_ORGANISATION_ID))
                .leftJoin(COUNTRY).on(COUNTRY.CODE.eq(INVITATION.COUNTRY_CODE))
                .where(which)
                .orderBy(order)
                .limit(page.limit()).offset(page.offset())
                .fetch(InvitationStore::toSummary);
    }

    private static InvitationSummary toSummary(Record r) {
        return new InvitationSummary(toModel(r.into(INVITATION)),
                new PartyNames(r.get(INVITER_PERSON.FULL_NAME), r.get(INVITER_ORGANISATION.NAME),
                        r.get(INVITATION.INVITER_NAME)),
                new PartyNames(r.get(INVITEE_PERSON.FULL_NAME), r.get(INVITEE_ORGANISATION.NAME),
                        r.get(INVITATION.INVITEE_NAME)),
                r.get(COUNTRY.NAME));
    }

    private static void fill(InvitationRecord record, Invitation invitation) {
        record.setDirection(invitation.direction());
        record.setOccasion(invitation.occasion());
        record.setDescription(invitation.description());
        record.setInviterPersonId(invitation.inviterPersonId());
        record.setInviterOrganisationId(invitation.inviterOrganisationId());
        record.setInviteePersonId(invitation.inviteePersonId());
        record.setInviteeOrganisationId(invitation.inviteeOrganisationId());
        record.setPlace(invitation.place());
        record.setCountryCode(invitation.countryCode());
        record.setProposedStart(invitation.proposedStart());
        record.setProposedEnd(invitation.proposedEnd());
        record.setExtendedOn(invitation.extendedOn());
        record.setExtendedAtMeetingId(invitation.extendedAtMeetingId());
        record.setReplyDeadline(invitation.replyDeadline());
        record.setStatus(invitation.status());
        record.setFulfilledByTripId(invitation.fulfilledByTripId());
        record.setFulfilledByEventId(invitation.fulfilledByEventId());
        record.setNotes(invitation.notes());
        record.setProposedPrecision(invitation.proposedPrecision());
        record.setInviterName(invitation.inviterName());
        record.setInviteeName(invitation.inviteeName());
        record.setProposedEndPrecision(invitation.proposedEndPrecision());
    }

    private static Invitation toModel(InvitationRecord r) {
        return new Invitation(r.getId(), r.getDirection(), r.getOccasion(), r.getDescription(), r.getInviterPersonId(),
                r.getInviterOrganisationId(), r.getInviteePersonId(), r.getInviteeOrganisationId(), r.getPlace(),
                r.getCountryCode(), r.getProposedStart(), r.getProposedEnd(), r.getExtendedOn(),
                r.getExtendedAtMeetingId(), r.getReplyDeadline(), r.getStatus(),
                r.getFulfilledByTripId(), r.getFulfilledByEventId(), r.getNotes(), r.getProposedPrecision(),
                r.getInviterName(), r.getInviteeName(), r.getProposedEndPrecision());
    }
}
