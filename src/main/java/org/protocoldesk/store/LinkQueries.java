package org.protocoldesk.store;

import static org.protocoldesk.store.generated.Tables.DOCUMENT;
import static org.protocoldesk.store.generated.Tables.DOCUMENT_PARTY;
import static org.protocoldesk.store.generated.Tables.EVENT;
import static org.protocoldesk.store.generated.Tables.FOLLOW_UP;
import static org.protocoldesk.store.generated.Tables.INVITATION;
import static org.protocoldesk.store.generated.Tables.MEETING;
import static org.protocoldesk.store.generated.Tables.MEETING_ATTENDEE;
import static org.protocoldesk.store.generated.Tables.OUTCOME;
import static org.protocoldesk.store.generated.Tables.PERSON;
import static org.protocoldesk.store.generated.Tables.POST;
import static org.protocoldesk.store.generated.Tables.TRIP;
import static org.protocoldesk.store.generated.Tables.TRIP_EVENT;
import static org.protocoldesk.store.generated.Tables.TRIP_MEMBER;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.TableField;
import org.jooq.TableLike;
import org.jooq.impl.DSL;
import org.protocoldesk.model.ApproximateDate;
import org.protocoldesk.model.DatePrecision;
import org.protocoldesk.model.DeleteEffect;
import org.protocoldesk.model.FollowUpStatus;
import org.protocoldesk.model.RecordKind;
import org.protocoldesk.model.RecordLink;

/**
 * What links to a record — the meetings, invitations, open follow-ups, documents, trips and people that name it —
 * each with what deleting the record would do to it, as the schema's foreign keys and triggers decide.
 */
public final class LinkQueries {
    private final DSLContext tx;

    LinkQueries(DSLContext tx) {
        this.tx = tx;
    }

    /** The records linking to the record {@code id} of {@code kind}, by kind, then date (undated last). */
    public List<RecordLink> linksTo(RecordKind kind, long id) {
        List<RecordLink> links = new ArrayList<>();
        switch (kind) {
            case COUNTERPART -> {
                links.addAll(meetings(MEETING.ID.in(tx.select(MEETING_ATTENDEE.MEETING_ID).from(MEETING_ATTENDEE)
                        .where(MEETING_ATTENDEE.PERSON_ID.eq(id))), DeleteEffect.LINK_REMOVED));
                links.addAll(invitations(INVITATION.INVITER_PERSON_ID.eq(id).or(INVITATION.INVITEE_PERSON_ID.eq(id)),
                        DeleteEffect.KEEPS_NAME));
                links.addAll(followUps(FOLLOW_UP.OWNER_PERSON_ID.eq(id), DeleteEffect.UNLINKED));
                // Documents concluded at meetings the person attended, such as one signed with them.
                links.addAll(documents(DOCUMENT.MEETING_ID.in(tx.select(MEETING_ATTENDEE.MEETING_ID)
                        .from(MEETING_ATTENDEE).where(MEETING_ATTENDEE.PERSON_ID.eq(id))), DeleteEffect.UNCHANGED));
                links.addAll(trips(TRIP.ID.in(tx.select(TRIP_MEMBER.TRIP_ID).from(TRIP_MEMBER)
                        .where(TRIP_MEMBER.PERSON_ID.eq(id))), DeleteEffect.LINK_REMOVED));
            }
            case ORGANISATION -> {
                // One entry per post held there: the post stays with its holder, without the organisation.
                links.addAll(read(RecordKind.COUNTERPART, POST.join(PERSON).on(PERSON.ID.eq(POST.PERSON_ID)),
                        PERSON.ID, PERSON.FULL_NAME, DSL.coalesce(POST.FROM_DATE, POST.HELD_ON), null,
                        POST.ORGANISATION_ID.eq(id), DeleteEffect.UNLINKED));
                links.addAll(meetings(MEETING.ID.in(PostHolderMeetings.attendedWhileHolding(
                        POST.ORGANISATION_ID.eq(id))), DeleteEffect.UNCHANGED));
                links.addAll(invitations(INVITATION.INVITER_ORGANISATION_ID.eq(id)
                        .or(INVITATION.INVITEE_ORGANISATION_ID.eq(id)), DeleteEffect.KEEPS_NAME));
                links.addAll(documents(DOCUMENT.ID.in(tx.select(DOCUMENT_PARTY.DOCUMENT_ID).from(DOCUMENT_PARTY)
                        .where(DOCUMENT_PARTY.ORGANISATION_ID.eq(id))), DeleteEffect.LINK_REMOVED));
                links.addAll(read(RecordKind.EVENT, EVENT, EVENT.ID, EVENT.NAME, EVENT.START_DATE, EVENT.DATE_PRECISION,
                        EVENT.HOST_ORGANISATION_ID.eq(id), DeleteEffect.UNLINKED));
            }
            case EVENT -> {
                links.addAll(meetings(MEETING.EVENT_ID.eq(id), DeleteEffect.UNLINKED));
                links.addAll(invitations(INVITATION.FULFILLED_BY_EVENT_ID.eq(id), DeleteEffect.UNLINKED));
                links.addAll(documents(DOCUMENT.EVENT_ID.eq(id), DeleteEffect.UNLINKED));
                links.addAll(trips(TRIP.ID.in(tx.select(TRIP_EVENT.TRIP_ID).from(TRIP_EVENT)
                        .where(TRIP_EVENT.EVENT_ID.eq(id))), DeleteEffect.LINK_REMOVED));
                links.addAll(followUps(FOLLOW_UP.MEETING_ID.in(meetingIds(MEETING.EVENT_ID.eq(id))),
                        DeleteEffect.UNCHANGED));
            }
            case TRIP -> {
                Condition itsMeetings = MEETING.TRIP_ID.eq(id);
                links.addAll(meetings(itsMeetings, DeleteEffect.UNLINKED));
                links.addAll(invitations(INVITATION.FULFILLED_BY_TRIP_ID.eq(id), DeleteEffect.UNLINKED));
                // Documents concluded at the trip's meetings or at the events it attended.
                links.addAll(documents(DOCUMENT.MEETING_ID.in(meetingIds(itsMeetings)).or(DOCUMENT.EVENT_ID.in(
                        tx.select(TRIP_EVENT.EVENT_ID).from(TRIP_EVENT).where(TRIP_EVENT.TRIP_ID.eq(id)))),
                        DeleteEffect.UNCHANGED));
                links.addAll(followUps(FOLLOW_UP.MEETING_ID.in(meetingIds(itsMeetings)), DeleteEffect.UNCHANGED));
            }
            case MEETING -> {
                links.addAll(invitations(INVITATION.EXTENDED_AT_MEETING_ID.eq(id), DeleteEffect.UNLINKED));
                links.addAll(followUps(FOLLOW_UP.MEETING_ID.eq(id), DeleteEffect.UNLINKED));
                links.addAll(documents(DOCUMENT.MEETING_ID.eq(id), DeleteEffect.UNLINKED));
            }
            case DOCUMENT -> {
                // The meeting whose outcome made it loses that link; the meeting or event where it was concluded,
                // and the trips that attended them, stay as they are.
                links.addAll(meetings(MEETING.ID.in(tx.select(OUTCOME.MEETING_ID).from(OUTCOME)
                        .where(OUTCOME.DOCUMENT_ID.eq(id))), DeleteEffect.UNLINKED));
                links.addAll(meetings(MEETING.ID.in(tx.select(DOCUMENT.MEETING_ID).from(DOCUMENT)
                        .where(DOCUMENT.ID.eq(id))).and(MEETING.ID.notIn(tx.select(OUTCOME.MEETING_ID).from(OUTCOME)
                        .where(OUTCOME.DOCUMENT_ID.eq(id)))),
                        DeleteEffect.UNCHANGED));
                links.addAll(read(RecordKind.EVENT, EVENT, EVENT.ID, EVENT.NAME, EVENT.START_DATE,
                        EVENT.DATE_PRECISION, EVENT.ID.in(tx.select(DOCUMENT.EVENT_ID).from(DOCUMENT)
                                .where(DOCUMENT.ID.eq(id))), DeleteEffect.UNCHANGED));
                links.addAll(trips(TRIP.ID.in(tx.select(MEETING.TRIP_ID).from(MEETING).join(DOCUMENT)
                        .on(DOCUMENT.MEETING_ID.eq(MEETING.ID)).where(DOCUMENT.ID.eq(id))).or(TRIP.ID.in(
                        tx.select(TRIP_EVENT.TRIP_ID).from(TRIP_EVENT).join(DOCUMENT)
                                .on(DOCUMENT.EVENT_ID.eq(TRIP_EVENT.EVENT_ID)).where(DOCUMENT.ID.eq(id)))),
                        DeleteEffect.UNCHANGED));
            }
            default -> {
                // Invitations and follow-ups are linked to by nothing that outlives them.
            }
        }
        return links;
    }

    private List<RecordLink> meetings(Condition which, DeleteEffect effect) {
        return read(RecordKind.MEETING, MEETING, MEETING.ID, MEETING.TITLE, MEETING.LOCAL_DATE, null, which, effect);
    }

    private List<RecordLink> invitations(Condition which, DeleteEffect effect) {
        return read(RecordKind.INVITATION, INVITATION, INVITATION.ID, INVITATION.DESCRIPTION,
                INVITATION.PROPOSED_START, INVITATION.PROPOSED_PRECISION, which, effect);
    }

    /** Open follow-ups only: a done or dropped one is history, and it keeps its text whatever is deleted. */
    private List<RecordLink> followUps(Condition which, DeleteEffect effect) {
        return read(RecordKind.FOLLOW_UP, FOLLOW_UP, FOLLOW_UP.ID, FOLLOW_UP.TEXT, FOLLOW_UP.DUE_DATE, null,
                which.and(FOLLOW_UP.STATUS.eq(FollowUpStatus.OPEN)), effect);
    }

    private Select<Record1<Long>> meetingIds(Condition which) {
        return tx.select(MEETING.ID).from(MEETING).where(which);
    }

    private List<RecordLink> documents(Condition which, DeleteEffect effect) {
        return read(RecordKind.DOCUMENT, DOCUMENT, DOCUMENT.ID, DOCUMENT.TITLE, DOCUMENT.CONCLUDED_ON, null, which, effect);
    }

    private List<RecordLink> trips(Condition which, DeleteEffect effect) {
        return read(RecordKind.TRIP, TRIP, TRIP.ID, TRIP.TITLE, TRIP.START_DATE, TRIP.DATE_PRECISION, which, effect);
    }

    private List<RecordLink> read(RecordKind kind, TableLike<?> from, TableField<?, Long> id, Field<String> title,
                                  Field<LocalDate> date, Field<DatePrecision> precision, Condition which,
                                  DeleteEffect effect) {
        // A date without a precision column is a day: the event column's type converts the constant.
        Field<DatePrecision> known = precision == null ? DSL.inline(DatePrecision.DAY, EVENT.DATE_PRECISION) : precision;
        return tx.selectDistinct(id, title, date, known).from(from).where(which)
                .orderBy(date.desc().nullsLast(), id)
                .fetch(r -> new RecordLink(kind, r.value1(), r.value2(), ApproximateDate.ofNullable(r.value3(),
                        r.value4()), effect));
    }
}
