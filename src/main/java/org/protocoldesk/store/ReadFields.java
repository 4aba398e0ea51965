package org.protocoldesk.store;

import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.protocoldesk.store.generated.Tables.COUNTRY;
import static org.protocoldesk.store.generated.Tables.DOCUMENT;
import static org.protocoldesk.store.generated.Tables.DOCUMENT_PARTY;
import static org.protocoldesk.store.generated.Tables.EVENT;
import static org.protocoldesk.store.generated.Tables.FOLLOW_UP;
import static org.protocoldesk.store.generated.Tables.INVITATION;
import static org.protocoldesk.store.generated.Tables.MEETING;
import static org.protocoldesk.store.generated.Tables.MEETING_ATTENDEE;
import static org.protocoldesk.store.generated.Tables.MEETING_TOPIC;
import static org.protocoldesk.store.generated.Tables.ORGANISATION;
import static org.protocoldesk.store.generated.Tables.OUTCOME;
import static org.protocoldesk.store.generated.Tables.PERSON;
import static org.protocoldesk.store.generated.Tables.POST;
import static org.protocoldesk.store.generated.Tables.TOPIC;

import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.protocoldesk.model.DocumentKind;
import org.protocoldesk.model.DocumentStatus;
import org.protocoldesk.model.FollowUpStatus;
import org.protocoldesk.model.InvitationDirection;
import org.protocoldesk.model.InvitationOccasion;
import org.protocoldesk.model.InvitationStatus;
import org.protocoldesk.model.MeetingKind;
import org.protocoldesk.model.Outcome;
import org.protocoldesk.model.OutcomeKind;
import org.protocoldesk.model.Party;
import org.protocoldesk.model.Post;
import org.protocoldesk.model.Side;
import org.protocoldesk.store.generated.tables.Country;
import org.protocoldesk.store.generated.tables.Meeting;
import org.protocoldesk.store.generated.tables.Organisation;
import org.protocoldesk.store.generated.tables.Person;

/**
 * The nested reads the briefing and the trip report share: each list is one query whatever its length, its
 * children (posts, attendees, topics, outcomes, parties) nested in it as {@code MULTISET}s.
 */
final class ReadFields {
    private ReadFields() {
    }

    static Field<String> countryNameOf(Field<String> code, String alias) {
        Country c = COUNTRY.as(alias);
        return DSL.field(select(c.NAME).from(c).where(c.CODE.eq(code)));
    }

    static Field<String> organisationNameOf(Field<Long> id, String alias) {
        Organisation o = ORGANISATION.as(alias);
        return DSL.field(select(o.NAME).from(o).where(o.ID.eq(id)));
    }

    static Field<String> personNameOf(Field<Long> id, String alias) {
        Person p = PERSON.as(alias);
        return DSL.field(select(p.FULL_NAME).from(p).where(p.ID.eq(id)));
    }

    /** Every post of the person, oldest first, with organisation and its country by name. */
    static Field<List<PostData>> posts(Field<Long> personId, String alias) {
        var post = POST.as(alias + "_post");
        var org = ORGANISATION.as(alias + "_org");
        var country = COUNTRY.as(alias + "_orgc");
        return multiset(select(post.ID, post.ORGANISATION_ID, post.TITLE, post.FROM_DATE, post.FROM_PRECISION,
                        post.TO_DATE, post.TO_PRECISION, post.HELD_ON, org.NAME, country.NAME)
                .from(post)
                .leftJoin(org).on(org.ID.eq(post.ORGANISATION_ID))
                .leftJoin(country).on(country.CODE.eq(org.COUNTRY_CODE))
                .where(post.PERSON_ID.eq(personId))
                .orderBy(DSL.coalesce(post.FROM_DATE, post.HELD_ON).asc().nullsFirst(), post.ID))
                .convertFrom(r -> r.map(p -> new PostData(new Post(p.value1(), p.value2(), p.value3(), p.value4(),
                        p.value5(), p.value6(), p.value7(), p.value8()), p.value9(), p.value10())));
    }

    /** The fields that make a {@link PersonData} of person table {@code p}; read back with {@link #person}. */
    static List<Field<?>> personFields(Person p) {
        return List.of(p.ID, p.SIDE, p.FULL_NAME, p.HONORIFIC, p.FAMILY_NAME, p.ADDRESS_WRITTEN, p.COUNTRY_CODE,
                countryNameOf(p.COUNTRY_CODE, p.getName() + "_c"), posts(p.ID, p.getName()));
    }

    @SuppressWarnings("unchecked")
    static PersonData person(Record r, int offset) {
        return new PersonData((Long) r.get(offset), (Side) r.get(offset + 1),
                (String) r.get(offset + 2), (String) r.get(offset + 3), (String) r.get(offset + 4),
                (String) r.get(offset + 5), (String) r.get(offset + 6), (String) r.get(offset + 7),
                (List<PostData>) r.get(offset + 8));
    }

    /** Everyone present at the meeting: our side first, then by name. */
    static Field<List<PersonData>> attendees(Field<Long> meetingId) {
        Person p = PERSON.as("att");
        var link = MEETING_ATTENDEE.as("att_link");
        return multiset(select(personFields(p))
                .from(link).join(p).on(p.ID.eq(link.PERSON_ID))
                .where(link.MEETING_ID.eq(meetingId))
                .orderBy(p.SIDE, p.SORT_KEY, p.ID))
                .convertFrom(r -> r.map(a -> person(a, 0)));
    }

    static Field<List<String>> topics(Field<Long> meetingId) {
        var link = MEETING_TOPIC.as("top_link");
        var topic = TOPIC.as("top");
        return multiset(select(topic.NAME).from(link).join(topic).on(topic.ID.eq(link.TOPIC_ID))
                .where(link.MEETING_ID.eq(meetingId)).orderBy(topic.NAME.collate("NOCASE")))
                .convertFrom(r -> r.map(t -> t.value1()));
    }

    static Field<List<Outcome>> outcomes(Field<Long> meetingId) {
        var outcome = OUTCOME.as("out");
        return multiset(select(outcome.KIND, outcome.TEXT).from(outcome).where(outcome.MEETING_ID.eq(meetingId))
                .orderBy(outcome.POSITION))
                .convertFrom(r -> r.map(o -> new Outcome(o.value1(),
                        o.value2())));
    }

    /** The meetings that meet the condition, with attendees, topics and outcomes: one query. */
    static List<MeetingData> meetings(DSLContext tx, Condition which, SortField<?>... order) {
        Meeting m = MEETING;
        Field<String> country = countryNameOf(m.COUNTRY_CODE, "mc");
        Field<String> event = DSL.field(select(EVENT.NAME).from(EVENT).where(EVENT.ID.eq(m.EVENT_ID)));
        Field<List<PersonData>> attendees = attendees(m.ID);
        Field<List<String>> topics = topics(m.ID);
        Field<List<Outcome>> outcomes = outcomes(m.ID);
        return tx.select(m.ID, m.KIND, m.TITLE, m.LOCAL_DATE, m.START_TIME, m.END_TIME, m.TIME_ZONE, m.PLACE, m.CITY,
                        country, m.TRIP_ID, event, m.SUMMARY, attendees, topics, outcomes)
                .from(m)
                .where(which)
                .orderBy(order)
                .fetch(r -> new MeetingData(r.get(m.ID), r.get(m.KIND),
                        r.get(m.TITLE), r.get(m.LOCAL_DATE), r.get(m.START_TIME), r.get(m.END_TIME),
                        r.get(m.TIME_ZONE), r.get(m.PLACE), r.get(m.CITY), r.get(country), r.get(m.TRIP_ID),
                        r.get(event), r.get(m.SUMMARY), r.get(attendees), r.get(topics), r.get(outcomes)));
    }

    static List<SortField<?>> chronological() {
        return List.of(MEETING.LOCAL_DATE.asc(), MEETING.START_TIME.asc().nullsFirst(), MEETING.ID.asc());
    }

    static List<FollowUpData> followUps(DSLContext tx, Condition which) {
        return followUps(tx, which, Integer.MAX_VALUE).items();
    }

    /** The first {@code limit} follow-ups, soonest due first, and how many meet the condition (one query). */
    static Bounded<FollowUpData> followUps(DSLContext tx, Condition which, int limit) {
        Field<String> owner = personNameOf(FOLLOW_UP.OWNER_PERSON_ID, "owner");
        Field<Integer> total = DSL.count().over().as("total");
        var rows = tx.select(FOLLOW_UP.ID, FOLLOW_UP.TEXT, FOLLOW_UP.OWED_BY, owner, FOLLOW_UP.DUE_DATE,
                        FOLLOW_UP.DONE_DATE, FOLLOW_UP.STATUS, FOLLOW_UP.MEETING_ID, MEETING.TITLE, MEETING.LOCAL_DATE,
                        total)
                .from(FOLLOW_UP)
                .leftJoin(MEETING).on(MEETING.ID.eq(FOLLOW_UP.MEETING_ID))
                .where(which)
                .orderBy(FOLLOW_UP.DUE_DATE.asc().nullsLast(), FOLLOW_UP.ID)
                .limit(limit)
                .fetch();
        return new Bounded<>(rows.map(r -> new FollowUpData(r.value1(), r.value2(), r.value3(),
                r.value4(), r.value5(), r.value6(), r.value7(),
                r.value8(), r.value9(), r.value10())), rows.isEmpty() ? 0 : rows.get(0).value11());
    }

    static List<InvitationData> invitations(DSLContext tx, Condition which) {
        Field<String> inviterPerson = personNameOf(INVITATION.INVITER_PERSON_ID, "inviter");
        Field<String> inviterOrganisation = organisationNameOf(INVITATION.INVITER_ORGANISATION_ID, "inviter_org");
        Field<String> inviteePerson = personNameOf(INVITATION.INVITEE_PERSON_ID, "invitee");
        Field<String> inviteeOrganisation = organisationNameOf(INVITATION.INVITEE_ORGANISATION_ID, "invitee_org");
        Field<String> country = countryNameOf(INVITATION.COUNTRY_CODE, "inv_c");
        Field<String> meeting = DSL.field(select(MEETING.TITLE).from(MEETING)
                .where(MEETING.ID.eq(INVITATION.EXTENDED_AT_MEETING_ID)));
        var i = INVITATION;
        return tx.select(i.ID, i.DIRECTION, i.OCCASION, i.DESCRIPTION, inviterPerson, inviterOrganisation,
                        i.INVITEE_PERSON_ID, inviteePerson, inviteeOrganisation, i.PLACE, country, i.PROPOSED_START,
                        i.PROPOSED_END, i.EXTENDED_ON, meeting, i.REPLY_DEADLINE, i.STATUS, i.NOTES)
                .from(i)
                .where(which)
                .orderBy(i.EXTENDED_ON.asc().nullsLast(), i.ID)
                .fetch(r -> new InvitationData(r.get(i.ID), r.get(i.DIRECTION), r.get(i.OCCASION),
                        r.get(i.DESCRIPTION), r.get(inviterPerson), r.get(inviterOrganisation),
                        r.get(i.INVITEE_PERSON_ID), r.get(inviteePerson), r.get(inviteeOrganisation), r.get(i.PLACE),
                        r.get(country), r.get(i.PROPOSED_START), r.get(i.PROPOSED_END), r.get(i.EXTENDED_ON),
                        r.get(meeting), r.get(i.REPLY_DEADLINE), r.get(i.STATUS), r.get(i.NOTES)));
    }

    static List<DocumentData> documents(DSLContext tx, Condition which) {
        return documents(tx, which, Integer.MAX_VALUE, DOCUMENT.CONCLUDED_ON.asc().nullsLast()).items();
    }

    /** The first {@code limit} documents in that order, and how many meet the condition (one query). */
    static Bounded<DocumentData> documents(DSLContext tx, Condition which, int limit, SortField<?> order) {
        var party = DOCUMENT_PARTY.as("party");
        var org = ORGANISATION.as("party_org");
        var country = COUNTRY.as("party_c");
        Field<List<String>> parties = multiset(select(DSL.coalesce(org.NAME, country.NAME, party.NAME))
                .from(party)
                .leftJoin(org).on(org.ID.eq(party.ORGANISATION_ID))
                .leftJoin(country).on(country.CODE.eq(party.COUNTRY_CODE))
                .where(party.DOCUMENT_ID.eq(DOCUMENT.ID))
                .orderBy(party.POSITION))
                .convertFrom(r -> r.map(p -> p.value1()));
        Field<String> event = DSL.field(select(EVENT.NAME).from(EVENT).where(EVENT.ID.eq(DOCUMENT.EVENT_ID)));
        var d = DOCUMENT;
        Field<Integer> total = DSL.count().over().as("total");
        var rows = tx.select(d.ID, d.KIND, d.TITLE, d.STATUS, d.CONCLUDED_ON, d.PLACE, d.VALID_FROM, d.VALID_UNTIL,
                        event, d.NOTES, parties, total)
                .from(d)
                .where(which)
                .orderBy(order, d.ID)
                .limit(limit)
                .fetch();
        return new Bounded<>(rows.map(r -> new DocumentData(r.get(d.ID), r.get(d.KIND),
                r.get(d.TITLE), r.get(d.STATUS),
                r.get(d.CONCLUDED_ON), r.get(d.PLACE), r.get(d.VALID_FROM), r.get(d.VALID_UNTIL),
                r.get(event), r.get(d.NOTES), r.get(parties))), rows.isEmpty() ? 0 : rows.get(0).get(total));
    }
}
