package org.protocoldesk.store;

import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.partitionBy;
import static org.jooq.impl.DSL.rowNumber;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.protocoldesk.store.generated.Tables.DOCUMENT;
import static org.protocoldesk.store.generated.Tables.DOCUMENT_PARTY;
import static org.protocoldesk.store.generated.Tables.EVENT;
import static org.protocoldesk.store.generated.Tables.FOLLOW_UP;
import static org.protocoldesk.store.generated.Tables.GIFT;
import static org.protocoldesk.store.generated.Tables.INVITATION;
import static org.protocoldesk.store.generated.Tables.MEETING;
import static org.protocoldesk.store.generated.Tables.MEETING_ATTENDEE;
import static org.protocoldesk.store.generated.Tables.PERSON;
import static org.protocoldesk.store.generated.Tables.PERSON_LANGUAGE;
import static org.protocoldesk.store.generated.Tables.POST;
import static org.protocoldesk.store.generated.Tables.TRIP_DESTINATION;
import static org.protocoldesk.store.generated.Tables.TRIP_EVENT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.protocoldesk.model.DocumentStatus;
import org.protocoldesk.model.FollowUpStatus;
import org.protocoldesk.model.Gift;
import org.protocoldesk.model.GiftDirection;
import org.protocoldesk.model.InvitationStatus;
import org.protocoldesk.model.Side;
import org.protocoldesk.store.generated.tables.Meeting;
import org.protocoldesk.store.generated.tables.Person;

/**
 * The data of a briefing note, from a trip or ad hoc (a country, dates and the counterparts chosen). The
 * counterparts are those chosen plus, for a trip, those its meetings are to meet. The history is the meetings up to
 * the "as of" day with one of them, with anyone who held a post in one of their organisations, in one of their
 * countries or the destination's, or attended from one of those countries: after fifteen years with a country that
 * is thousands, so the {@value #RECENT_MEETINGS} newest are read whole, with the
 * {@value #MEETINGS_PER_COUNTERPART} newest of each counterpart, and the rest counted; so are the open commitments
 * and the documents in force. Nine queries, however many
 * people and meetings: the sets are subqueries, never lists fetched first (but for the ids of the newest meetings,
 * read with the count of the history so the history is searched once).
 */
public final class BriefingQueries {
    /** The newest meetings of the history read whole; the rest is only counted (a briefing is read in minutes). */
    public static final int RECENT_MEETINGS = 15;
    /** Meetings read per counterpart (besides the newest overall), for the bio note and the last meeting with them. */
    public static final int MEETINGS_PER_COUNTERPART = 6;
    /** Open commitments (soonest due first) and documents in force (newest first) read whole; the rest counted. */
    public static final int LISTED = 25;
    private static final List<SortField<?>> NEWEST_FIRST = List.of(MEETING.LOCAL_DATE.desc(),
            MEETING.START_TIME.desc().nullsLast(), MEETING.ID.desc());

    private final DSLContext tx;

    BriefingQueries(DSLContext tx) {
        this.tx = tx;
    }

    /** The briefing of a trip, with {@code extraCounterparts} beside those its meetings name; empty if no such trip. */
    public Optional<BriefingData> forTrip(long tripId, Collection<Long> extraCounterparts, LocalDate asOf) {
        return TripReadFields.trip(tx, tripId).map(trip -> {
            Select<Record1<Long>> counterparts = select(MEETING_ATTENDEE.PERSON_ID).from(MEETING_ATTENDEE)
                    .join(MEETING).on(MEETING.ID.eq(MEETING_ATTENDEE.MEETING_ID))
                    .join(PERSON).on(PERSON.ID.eq(MEETING_ATTENDEE.PERSON_ID))
                    .where(MEETING.TRIP_ID.eq(tripId)).and(PERSON.SIDE.eq(Side.THEIRS))
                    .union(select(PERSON.ID).from(PERSON).where(PERSON.ID.in(extraCounterparts)));
            Select<Record1<String>> destinations = select(TRIP_DESTINATION.COUNTRY_CODE).from(TRIP_DESTINATION)
                    .where(TRIP_DESTINATION.TRIP_ID.eq(tripId));
            Select<Record1<Long>> events = select(TRIP_EVENT.EVENT_ID).from(TRIP_EVENT)
                    .where(TRIP_EVENT.TRIP_ID.eq(tripId));
            return read(Optional.of(trip), trip.events(), MEETING.TRIP_ID.eq(tripId), counterparts, destinations,
                    events, asOf);
        });
    }

    /** An ad hoc briefing: a visit to {@code countryCode} from {@code from} to {@code to}, meeting those chosen. */
    public BriefingData adHoc(String countryCode, LocalDate from, LocalDate to, Collection<Long> counterpartIds,
                              LocalDate asOf) {
        Condition there = MEETING.COUNTRY_CODE.eq(countryCode).and(MEETING.LOCAL_DATE.between(from, to));
        Condition eventsThere = EVENT.COUNTRY_CODE.eq(countryCode).and(EVENT.START_DATE.le(to))
                .and(EVENT.END_DATE.ge(from));
        return read(Optional.empty(), TripReadFields.events(tx, eventsThere), there,
                select(PERSON.ID).from(PERSON).where(PERSON.ID.in(counterpartIds)),
                select(inline(countryCode)), select(EVENT.ID).from(EVENT).where(eventsThere), asOf);
    }

    private BriefingData read(Optional<TripData> trip, List<EventData> events, Condition programme,
                              Select<Record1<Long>> counterparts, Select<Record1<String>> destinations,
                              Select<Record1<Long>> eventIds, LocalDate asOf) {
        Select<Record1<Long>> organisations = select(POST.ORGANISATION_ID).from(POST)
                .where(POST.PERSON_ID.in(counterparts)).and(POST.ORGANISATION_ID.isNotNull());
        Select<Record1<String>> countries = select(PERSON.COUNTRY_CODE).from(PERSON)
                .where(PERSON.ID.in(counterparts)).and(PERSON.COUNTRY_CODE.isNotNull())
                .union(destinations);
        Condition past = MEETING.LOCAL_DATE.le(asOf)
                .and(MEETING.ID.in(related(counterparts, organisations, countries)));
        Field<Integer> total = DSL.count().over().as("total");
        var recent = tx.select(MEETING.ID, total).from(MEETING).where(past).orderBy(NEWEST_FIRST)
                .limit(RECENT_MEETINGS).fetch();
        var historyMeeting = MEETING.as("hist");
        Condition inHistory = historyMeeting.LOCAL_DATE.le(asOf)
                .and(relatedTo(historyMeeting, counterparts, organisations, countries));
        return new BriefingData(trip, events,
                ReadFields.meetings(tx, programme, ReadFields.chronological().toArray(SortField[]::new)),
                profiles(counterparts),
                new Bounded<>(ReadFields.meetings(tx, MEETING.ID.in(recent.getValues(MEETING.ID))
                        .or(MEETING.ID.in(lastMetBy(counterparts, asOf))), NEWEST_FIRST.toArray(SortField[]::new)),
                        recent.isEmpty() ? 0 : recent.get(0).get(total)),
                ReadFields.followUps(tx, FOLLOW_UP.STATUS.eq(FollowUpStatus.OPEN)
                        .and(FOLLOW_UP.OWNER_PERSON_ID.in(counterparts).or(exists(selectOne().from(historyMeeting)
                                .where(historyMeeting.ID.eq(FOLLOW_UP.MEETING_ID)).and(inHistory)))),
                        LISTED),
                ReadFields.invitations(tx, INVITATION.STATUS.eq(InvitationStatus.PENDING)
                        .and(INVITATION.INVITER_PERSON_ID.in(counterparts)
                                .or(INVITATION.INVITEE_PERSON_ID.in(counterparts))
                                .or(INVITATION.INVITER_ORGANISATION_ID.in(organisations))
                                .or(INVITATION.INVITEE_ORGANISATION_ID.in(organisations)))),
                ReadFields.documents(tx, DOCUMENT.STATUS.ne(DocumentStatus.DRAFT)
                        .and(DOCUMENT.VALID_UNTIL.isNull().or(DOCUMENT.VALID_UNTIL.ge(asOf)))
                        .and(DOCUMENT.CONCLUDED_ON.isNull().or(DOCUMENT.CONCLUDED_ON.le(asOf)))
                        .and(DOCUMENT.EVENT_ID.in(eventIds)
                                .or(exists(selectOne().from(historyMeeting)
                                        .where(historyMeeting.ID.eq(DOCUMENT.MEETING_ID)).and(inHistory)))
                                .or(exists(selectOne().from(DOCUMENT_PARTY)
                                        .where(DOCUMENT_PARTY.DOCUMENT_ID.eq(DOCUMENT.ID))
                                        .and(DOCUMENT_PARTY.ORGANISATION_ID.in(organisations)
                                                .or(DOCUMENT_PARTY.COUNTRY_CODE.in(countries)))))),
                        LISTED, DOCUMENT.CONCLUDED_ON.desc().nullsLast()));
    }

    /**
     * Whether meeting {@code m} belongs to the history, tested on that one meeting: for the few open commitments and
     * documents, cheaper than building the set of the whole history (tens of thousands of meetings) in each query.
     * The same rule as {@link #related}.
     */
    private static Condition relatedTo(Meeting m, Select<Record1<Long>> counterparts,
                                       Select<Record1<Long>> organisations, Select<Record1<String>> countries) {
        var attendee = MEETING_ATTENDEE.as("m_att");
        var person = PERSON.as("m_person");
        var post = POST.as("m_post");
        return m.COUNTRY_CODE.in(countries).or(exists(selectOne().from(attendee)
                .join(person).on(person.ID.eq(attendee.PERSON_ID))
                .where(attendee.MEETING_ID.eq(m.ID))
                .and(attendee.PERSON_ID.in(counterparts)
                        .or(person.SIDE.eq(Side.THEIRS).and(person.COUNTRY_CODE.in(countries)))
                        .or(attendee.PERSON_ID.in(select(post.PERSON_ID).from(post)
                                .where(post.ORGANISATION_ID.in(organisations)))))));
    }

    /**
     * The meetings with one of the counterparts, someone of their organisations, or in or from their countries: a
     * union of index look-ups (by country, by attendee), never a test of every meeting on record.
     */
    private static Select<Record1<Long>> related(Select<Record1<Long>> counterparts,
                                                 Select<Record1<Long>> organisations,
                                                 Select<Record1<String>> countries) {
        var attendee = MEETING_ATTENDEE.as("rel_att");
        var person = PERSON.as("rel_person");
        var post = POST.as("rel_post");
        return select(MEETING.ID).from(MEETING).where(MEETING.COUNTRY_CODE.in(countries))
                .union(select(attendee.MEETING_ID).from(attendee).where(attendee.PERSON_ID.in(counterparts)))
                .union(select(attendee.MEETING_ID).from(attendee).join(person).on(person.ID.eq(attendee.PERSON_ID))
                        .where(person.SIDE.eq(Side.THEIRS)).and(person.COUNTRY_CODE.in(countries)))
                .union(select(attendee.MEETING_ID).from(attendee).where(attendee.PERSON_ID.in(
                        select(post.PERSON_ID).from(post).where(post.ORGANISATION_ID.in(organisations)))));
    }

    /** For each counterpart, the {@value #MEETINGS_PER_COUNTERPART} newest meetings they attended up to {@code asOf}. */
    private static Select<Record1<Long>> lastMetBy(Select<Record1<Long>> counterparts, LocalDate asOf) {
        var attendee = MEETING_ATTENDEE.as("met_att");
        var met = MEETING.as("met");
        Field<Integer> rank = rowNumber().over(partitionBy(attendee.PERSON_ID)
                .orderBy(met.LOCAL_DATE.desc(), met.START_TIME.desc().nullsLast(), met.ID.desc())).as("recency");
        var ranked = select(attendee.MEETING_ID, rank).from(attendee).join(met).on(met.ID.eq(attendee.MEETING_ID))
                .where(attendee.PERSON_ID.in(counterparts)).and(met.LOCAL_DATE.le(asOf)).asTable("ranked");
        return select(ranked.field(attendee.MEETING_ID)).from(ranked)
                .where(ranked.field(rank).le(MEETINGS_PER_COUNTERPART));
    }

    private List<ProfileData> profiles(Select<Record1<Long>> counterparts) {
        Person p = PERSON;
        var language = PERSON_LANGUAGE.as("lang");
        Field<List<String>> languages = multiset(select(language.LANGUAGE).from(language)
                .where(language.PERSON_ID.eq(p.ID)).orderBy(language.RANK))
                .convertFrom(r -> r.map(l -> l.value1()));
        var gift = GIFT.as("gift");
        Field<List<Gift>> gifts = multiset(select(gift.DIRECTION, gift.DESCRIPTION, gift.GIVEN_ON, gift.OCCASION)
                .from(gift).where(gift.PERSON_ID.eq(p.ID)).orderBy(gift.GIVEN_ON.asc().nullsFirst(), gift.ID))
                .convertFrom(r -> r.map(g -> new Gift(g.value1(), g.value2(),
                        g.value3(), g.value4())));
        List<Field<?>> fields = new ArrayList<>(ReadFields.personFields(p));
        fields.addAll(List.of(p.ADDRESS_SALUTATION, p.ADDRESS_SPOKEN, p.PRONUNCIATION, languages,
                p.INTERPRETER_NEEDED, p.PHOTO, p.BIOGRAPHY, p.PROTOCOL_NOTES, p.DIETARY_NOTES, p.SENSITIVITIES,
                p.PREFERENCES, gifts, p.PROFILE_SOURCE, p.PROFILE_AS_OF));
        return tx.select(fields).from(p).where(p.ID.in(counterparts)).orderBy(p.SORT_KEY, p.ID)
                .fetch(r -> new ProfileData(ReadFields.person(r, 0), r.get(p.ADDRESS_SALUTATION),
                        r.get(p.ADDRESS_SPOKEN), r.get(p.PRONUNCIATION), r.get(languages),
                        Boolean.TRUE.equals(r.get(p.INTERPRETER_NEEDED)), r.get(p.PHOTO), r.get(p.BIOGRAPHY), r.get(p.PROTOCOL_NOTES),
                        r.get(p.DIETARY_NOTES), r.get(p.SENSITIVITIES), r.get(p.PREFERENCES), r.get(gifts),
                        r.get(p.PROFILE_SOURCE), r.get(p.PROFILE_AS_OF)));
    }
}
