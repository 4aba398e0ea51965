package org.protocoldesk.store;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.select;
import static org.protocoldesk.store.generated.Tables.COUNTRY;
import static org.protocoldesk.store.generated.Tables.EVENT;
import static org.protocoldesk.store.generated.Tables.MEETING;
import static org.protocoldesk.store.generated.Tables.MEETING_ATTENDEE;
import static org.protocoldesk.store.generated.Tables.MEETING_TOPIC;
import static org.protocoldesk.store.generated.Tables.OUTCOME;
import static org.protocoldesk.store.generated.Tables.PERSON;
import static org.protocoldesk.store.generated.Tables.TOPIC;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Records;
import org.jooq.Select;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.protocoldesk.model.Meeting;
import org.protocoldesk.model.MeetingFilter;
import org.protocoldesk.model.MeetingSummary;
import org.protocoldesk.model.Outcome;
import org.protocoldesk.model.OutcomeLink;
import org.protocoldesk.model.Page;
import org.protocoldesk.model.Side;
import org.protocoldesk.model.RecordKind;
import org.protocoldesk.store.generated.tables.records.MeetingRecord;

/**
 * Meetings with their attendees, topics and outcomes. Times are kept as local 'HH:MM' text (minute precision) with
 * the IANA zone of the place. Outcomes keep their order; attendees come back by person id and topics by name, since
 * the schema keeps no order for them.
 */
public final class MeetingStore {
    private static final List<SortField<?>> NEWEST_FIRST =
            List.of(MEETING.LOCAL_DATE.desc(), MEETING.START_TIME.desc(), MEETING.ID.desc());
    private static final List<SortField<?>> CHRONOLOGICAL =
            List.of(MEETING.LOCAL_DATE.asc(), MEETING.START_TIME.asc(), MEETING.ID.asc());

    /** Added to an outcome's position while an edit moves the outcomes: more than a meeting ever has. */
    private static final int POSITIONS_SET_ASIDE = 1_000_000;

    private final DSLContext tx;
    private final SearchIndex index;
    private final TopicStore topics;

    MeetingStore(DSLContext tx) {
        this.tx = tx;
        this.index = new SearchIndex(tx);
        this.topics = new TopicStore(tx);
    }

    public Meeting insert(Meeting meeting) {
        MeetingRecord record = tx.newRecord(MEETING);
        fill(record, meeting);
        record.store();
        storeChildren(record.getId(), meeting, Collections.nCopies(meeting.outcomes().size(), null));
        index.refresh(RecordKind.MEETING, record.getId());
        return meeting.withId(record.getId());
    }

    /**
     * Stores the meeting's fields, its attendees, topics and outcomes as given. An outcome's text and kind are
     * replaced (and what it created unlinked); use {@link #update(Meeting, List)} to keep the outcomes that stay.
     */
    public void update(Meeting meeting) {
        update(meeting, Collections.nCopies(meeting.outcomes().size(), null));
    }

    /**
     * Stores the meeting's fields and children as given, keeping the rows of what stays: the attendees and topics
     * still named, and each outcome whose stored id is given at its place in {@code outcomeIds} (null for a new
     * outcome), moved to its new position. What the meeting no longer names is deleted.
     */
    public void update(Meeting meeting, List<Long> outcomeIds) {
        MeetingRecord record = tx.fetchSingle(MEETING, MEETING.ID.eq(meeting.id()));
        fill(record, meeting);
        record.store();
        storeChildren(meeting.id(), meeting, outcomeIds);
        index.refresh(RecordKind.MEETING, meeting.id());
    }

    public Optional<Meeting> find(long id) {
        return tx.selectFrom(MEETING).where(MEETING.ID.eq(id))
                .fetchOptional(r -> toModel(r, attendeeIds(id), topicNames(id), outcomes(id)));
    }

    /** Deletes the meeting, its links and outcomes; follow-ups, invitations and documents from it stay, unlinked. */
    public void delete(long id) {
        tx.deleteFrom(MEETING).where(MEETING.ID.eq(id)).execute();
        index.remove(RecordKind.MEETING, id);
    }

    public int count() {
        return tx.fetchCount(MEETING);
    }

    /** The {@code limit} most recent meetings, newest first by local date and start time. */
    public List<MeetingSummary> latest(int limit) {
        return latest(Page.first(limit));
    }

    /** A page of the meetings, newest first by local date and start time. */
    public List<MeetingSummary> latest(Page page) {
        int last = (int) Math.min(Integer.MAX_VALUE, (long) page.offset() + page.limit());
        return summaries(select(MEETING.ID).from(MEETING).where(MEETING.LOCAL_DATE.ge(dateOfNewest(last)))
                .orderBy(NEWEST_FIRST).limit(page.limit()).offset(page.offset()), NEWEST_FIRST);
    }

    /**
     * A page of the meetings that pass the filter, newest first; without a filter, {@link #latest(Page)}. Each part
     * of the filter has its index: the date, the country and the trip on the meeting, the counterpart on the
     * attendees, the topic on the meeting's topics.
     */
    public List<MeetingSummary> latest(MeetingFilter filter, Page page) {
        if (filter.isNone()) {
            return latest(page);
        }
        return summaries(select(MEETING.ID).from(MEETING).where(conditions(filter))
                .orderBy(NEWEST_FIRST).limit(page.limit()).offset(page.offset()), NEWEST_FIRST);
    }

    private static Condition conditions(MeetingFilter filter) {
        List<Condition> all = new ArrayList<>();
        if (filter.from() != null) {
            all.add(MEETING.LOCAL_DATE.ge(filter.from()));
        }
        if (filter.to() != null) {
            all.add(MEETING.LOCAL_DATE.le(filter.to()));
        }
        if (filter.countryCode() != null) {
            all.add(MEETING.COUNTRY_CODE.eq(filter.countryCode()));
        }
        if (filter.tripId() != null) {
            all.add(MEETING.TRIP_ID.eq(filter.tripId()));
        }
        if (filter.counterpartId() != null) {
            all.add(MEETING.ID.in(select(MEETING_ATTENDEE.MEETING_ID).from(MEETING_ATTENDEE)
                    .where(MEETING_ATTENDEE.PERSON_ID.eq(filter.counterpartId()))));
        }
        if (filter.topicId() != null) {
            all.add(MEETING.ID.in(select(MEETING_TOPIC.MEETING_ID).from(MEETING_TOPIC)
                    .where(MEETING_TOPIC.TOPIC_ID.eq(filter.topicId()))));
        }
        return DSL.and(all);
    }

    /** How many meetings were held from {@code from} to {@code to}, both included, counted on the date's index. */
    public int countBetween(LocalDate from, LocalDate to) {
        return tx.fetchCount(MEETING, MEETING.LOCAL_DATE.between(from, to));
    }

    /** The meetings held from {@code from} to {@code to}, both included, in order of local date and start time. */
    public List<MeetingSummary> between(LocalDate from, LocalDate to) {
        return summaries(select(MEETING.ID).from(MEETING).where(MEETING.LOCAL_DATE.between(from, to)), CHRONOLOGICAL);
    }

    /**
     * Summaries of the chosen meetings in three queries, however many meetings there are. The counterparts and topics
     * are reached from the chosen meetings outwards: SQLite's CROSS JOIN keeps the joins in the order written, so the
     * planner cannot prefer walking every person in name order (to save sorting) over the attendees of the few
     * meetings chosen, which is what it did on a large database without statistics.
     */
    private List<MeetingSummary> summaries(Select<Record1<Long>> chosen, List<SortField<?>> order) {
        Table<Record1<Long>> range = chosen.asTable("chosen");
        Field<Long> chosenId = range.field(MEETING.ID);
        Map<Long, List<String>> counterparts = tx.select(MEETING_ATTENDEE.MEETING_ID, PERSON.FULL_NAME)
                .from(range)
                .crossJoin(MEETING_ATTENDEE)
                .crossJoin(PERSON)
                .where(MEETING_ATTENDEE.MEETING_ID.eq(chosenId))
                .and(PERSON.ID.eq(MEETING_ATTENDEE.PERSON_ID))
                .and(PERSON.SIDE.eq(Side.THEIRS))
                .orderBy(PERSON.SORT_KEY, PERSON.ID)
                .fetchGroups(MEETING_ATTENDEE.MEETING_ID, PERSON.FULL_NAME);
        Map<Long, List<String>> topicNames = tx.select(MEETING_TOPIC.MEETING_ID, TOPIC.NAME)
                .from(range)
                .crossJoin(MEETING_TOPIC)
                .crossJoin(TOPIC)
                .where(MEETING_TOPIC.MEETING_ID.eq(chosenId))
                .and(TOPIC.ID.eq(MEETING_TOPIC.TOPIC_ID))
                .orderBy(TopicStore.caseless())
                .fetchGroups(MEETING_TOPIC.MEETING_ID, TOPIC.NAME);
        return tx.select(MEETING.ID, MEETING.LOCAL_DATE, MEETING.START_TIME, MEETING.TIME_ZONE, MEETING.KIND,
                        MEETING.TITLE, EVENT.NAME, MEETING.CITY, COUNTRY.NAME)
                .from(MEETING)
                .leftJoin(EVENT).on(EVENT.ID.eq(MEETING.EVENT_ID))
                .leftJoin(COUNTRY).on(COUNTRY.CODE.eq(MEETING.COUNTRY_CODE))
                .where(MEETING.ID.in(chosen))
                .orderBy(order)
                .fetch(r -> new MeetingSummary(r.get(MEETING.ID), r.get(MEETING.LOCAL_DATE),
                        r.get(MEETING.START_TIME), r.get(MEETING.TIME_ZONE), r.get(MEETING.KIND), r.get(MEETING.TITLE),
                        counterparts.getOrDefault(r.get(MEETING.ID), List.of()),
                        r.get(EVENT.NAME), r.get(MEETING.CITY), r.get(COUNTRY.NAME),
                        topicNames.getOrDefault(r.get(MEETING.ID), List.of())));
    }

    /**
     * The date of the {@code n}th newest meeting, or the oldest date when there are fewer. Bounding the date first lets
     * the index on local_date pick the few candidates; ordering by date and time alone makes SQLite sort the table.
     */
    private static Field<LocalDate> dateOfNewest(int n) {
        return coalesce(
                field(select(MEETING.LOCAL_DATE).from(MEETING).orderBy(MEETING.LOCAL_DATE.desc())
                        .limit(1).offset(Math.max(0, n - 1))),
                field(select(min(MEETING.LOCAL_DATE)).from(MEETING)));
    }

    private void storeChildren(long meetingId, Meeting meeting, List<Long> outcomeIds) {
        tx.deleteFrom(MEETING_ATTENDEE).where(MEETING_ATTENDEE.MEETING_ID.eq(meetingId))
                .and(notAmong(MEETING_ATTENDEE.PERSON_ID, meeting.attendeeIds())).execute();
        for (Long personId : meeting.attendeeIds()) {
            tx.insertInto(MEETING_ATTENDEE, MEETING_ATTENDEE.MEETING_ID, MEETING_ATTENDEE.PERSON_ID)
                    .values(meetingId, personId).onConflictDoNothing().execute();
        }
        // Names differing only in case are one topic: link it once.
        List<Long> topicIds = meeting.topics().stream().map(name -> topics.findOrCreate(name).id()).distinct()
                .toList();
        tx.deleteFrom(MEETING_TOPIC).where(MEETING_TOPIC.MEETING_ID.eq(meetingId))
                .and(notAmong(MEETING_TOPIC.TOPIC_ID, topicIds)).execute();
        for (Long topicId : topicIds) {
            tx.insertInto(MEETING_TOPIC, MEETING_TOPIC.MEETING_ID, MEETING_TOPIC.TOPIC_ID)
                    .values(meetingId, topicId).onConflictDoNothing().execute();
        }
        storeOutcomes(meetingId, meeting.outcomes(), outcomeIds);
    }

    /** Rows whose {@code field} is none of {@code kept}: all of them when none is kept (an empty IN list is no SQL). */
    private static Condition notAmong(Field<Long> field, List<Long> kept) {
        return kept.isEmpty() ? DSL.noCondition() : field.notIn(kept);
    }

    private void storeOutcomes(long meetingId, List<Outcome> outcomes, List<Long> outcomeIds) {
        tx.deleteFrom(OUTCOME).where(OUTCOME.MEETING_ID.eq(meetingId))
                .and(notAmong(OUTCOME.ID, outcomeIds.stream().filter(Objects::nonNull).toList())).execute();
        // Out of the way of the new positions first: (meeting, position) is unique after every statement.
        tx.update(OUTCOME).set(OUTCOME.POSITION, OUTCOME.POSITION.plus(POSITIONS_SET_ASIDE))
                .where(OUTCOME.MEETING_ID.eq(meetingId)).execute();
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome outcome = outcomes.get(i);
            Long id = outcomeIds.get(i);
            int kept = id == null ? 0 : tx.update(OUTCOME)
                    .set(OUTCOME.POSITION, i + 1).set(OUTCOME.KIND, outcome.kind()).set(OUTCOME.TEXT, outcome.text())
                    .where(OUTCOME.ID.eq(id)).and(OUTCOME.MEETING_ID.eq(meetingId)).execute();
            if (kept == 0) {
                tx.insertInto(OUTCOME, OUTCOME.MEETING_ID, OUTCOME.POSITION, OUTCOME.KIND, OUTCOME.TEXT)
                        .values(meetingId, i + 1, outcome.kind(), outcome.text()).execute();
            }
        }
    }

    /** Records what the outcome at {@code position} of the meeting created. */
    public void linkOutcome(long meetingId, OutcomeLink link) {
        tx.update(OUTCOME)
                .set(OUTCOME.INVITATION_ID, link.invitationId())
                .set(OUTCOME.DOCUMENT_ID, link.documentId())
                .where(OUTCOME.MEETING_ID.eq(meetingId).and(OUTCOME.POSITION.eq(link.position())))
                .execute();
    }

    /** What each outcome of the meeting created, in the outcomes' order. */
    public List<OutcomeLink> outcomeLinks(long meetingId) {
        return tx.select(OUTCOME.POSITION, OUTCOME.INVITATION_ID, OUTCOME.DOCUMENT_ID).from(OUTCOME)
                .where(OUTCOME.MEETING_ID.eq(meetingId))
                .orderBy(OUTCOME.POSITION)
                .fetch(r -> new OutcomeLink(r.value1(), r.value2(), r.value3()));
    }

    /** The ids of the meeting's outcomes, in their order. */
    public List<Long> outcomeIds(long meetingId) {
        return tx.select(OUTCOME.ID).from(OUTCOME).where(OUTCOME.MEETING_ID.eq(meetingId))
                .orderBy(OUTCOME.POSITION)
                .fetch(OUTCOME.ID);
    }

    /** The meeting's attendees of one side: the counterparts met or our participants. */
    public List<Long> attendeeIds(long meetingId, Side side) {
        return tx.select(MEETING_ATTENDEE.PERSON_ID).from(MEETING_ATTENDEE)
                .join(PERSON).on(PERSON.ID.eq(MEETING_ATTENDEE.PERSON_ID))
                .where(MEETING_ATTENDEE.MEETING_ID.eq(meetingId))
                .and(PERSON.SIDE.eq(side))
                .orderBy(PERSON.SORT_KEY, PERSON.ID)
                .fetch(MEETING_ATTENDEE.PERSON_ID);
    }

    private List<Long> attendeeIds(long meetingId) {
        return tx.select(MEETING_ATTENDEE.PERSON_ID).from(MEETING_ATTENDEE)
                .where(MEETING_ATTENDEE.MEETING_ID.eq(meetingId))
                .orderBy(MEETING_ATTENDEE.PERSON_ID)
                .fetch(MEETING_ATTENDEE.PERSON_ID);
    }

    private List<String> topicNames(long meetingId) {
        return tx.select(TOPIC.NAME).from(MEETING_TOPIC)
                .join(TOPIC).on(TOPIC.ID.eq(MEETING_TOPIC.TOPIC_ID))
                .where(MEETING_TOPIC.MEETING_ID.eq(meetingId))
                .orderBy(TopicStore.caseless())
                .fetch(TOPIC.NAME);
    }

    private List<Outcome> outcomes(long meetingId) {
        return tx.select(OUTCOME.KIND, OUTCOME.TEXT).from(OUTCOME).where(OUTCOME.MEETING_ID.eq(meetingId))
                .orderBy(OUTCOME.POSITION)
                .fetch(Records.mapping(Outcome::new));
    }

    private static void fill(MeetingRecord record, Meeting meeting) {
        record.setKind(meeting.kind());
        record.setTitle(meeting.title());
        record.setLocalDate(meeting.date());
        record.setStartTime(meeting.startTime());
        record.setEndTime(meeting.endTime());
        record.setTimeZone(meeting.zone());
        record.setPlace(meeting.place());
        record.setCity(meeting.city());
        record.setCountryCode(meeting.countryCode());
        record.setTripId(meeting.tripId());
        record.setEventId(meeting.eventId());
        record.setSummary(meeting.summary());
    }

    private static Meeting toModel(MeetingRecord r, List<Long> attendeeIds, List<String> topicNames,
                                   List<Outcome> outcomes) {
        return new Meeting(r.getId(), r.getKind(), r.getTitle(), r.getLocalDate(), r.getStartTime(), r.getEndTime(),
                r.getTimeZone(), r.getPlace(), r.getCity(),
                r.getCountryCode(), r.getTripId(), r.getEventId(), r.getSummary(), attendeeIds, topicNames, outcomes);
    }


}
