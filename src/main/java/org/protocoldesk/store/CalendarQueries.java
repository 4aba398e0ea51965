package org.protocoldesk.store;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.partitionBy;
import static org.jooq.impl.DSL.rowNumber;
import static org.jooq.impl.DSL.select;
import static org.protocoldesk.store.generated.Tables.EVENT;
import static org.protocoldesk.store.generated.Tables.FOLLOW_UP;
import static org.protocoldesk.store.generated.Tables.INVITATION;
import static org.protocoldesk.store.generated.Tables.MEETING;
import static org.protocoldesk.store.generated.Tables.MEETING_ATTENDEE;
import static org.protocoldesk.store.generated.Tables.MEETING_TOPIC;
import static org.protocoldesk.store.generated.Tables.PERSON;
import static org.protocoldesk.store.generated.Tables.TOPIC;
import static org.protocoldesk.store.generated.Tables.TRIP;
import static org.protocoldesk.store.generated.Tables.TRIP_DESTINATION;
import static org.protocoldesk.store.generated.Tables.TRIP_EVENT;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.OrderField;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.protocoldesk.model.ApproximateDate;
import org.protocoldesk.model.CalendarItem;
import org.protocoldesk.model.CalendarItemKind;
import org.protocoldesk.model.CalendarOverview;
import org.protocoldesk.model.DatePrecision;
import org.protocoldesk.model.FollowUpStatus;
import org.protocoldesk.model.InvitationStatus;
import org.protocoldesk.model.PersonRef;
import org.protocoldesk.model.Side;
import org.protocoldesk.store.generated.tables.Organisation;
import org.protocoldesk.store.generated.tables.Person;

/**
 * Everything the calendar shows over a range of days, each kind read on its own index: trips and events that
 * overlap the range, meetings held in it, reply deadlines of pending invitations, visits proposed in it by pending or
 * accepted invitations, and due dates of open follow-ups.
 */
public final class CalendarQueries {
    static final Person INVITER = PERSON.as("inviter");
    static final Person INVITEE = PERSON.as("invitee");
    static final Organisation INVITER_ORGANISATION =
            org.protocoldesk.store.generated.Tables.ORGANISATION.as("inviter_organisation");
    static final Organisation INVITEE_ORGANISATION =
            org.protocoldesk.store.generated.Tables.ORGANISATION.as("invitee_organisation");
    private static final Comparator<CalendarItem> ORDER = Comparator.comparing(CalendarItem::startDate)
            .thenComparing(CalendarItem::startTime, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(CalendarItem::kind)
            .thenComparing(CalendarItem::recordId);

    private final DSLContext tx;

    CalendarQueries(DSLContext tx) {
        this.tx = tx;
    }

    /** The items on at least one day from {@code from} to {@code to}, both included, by start. */
    public List<CalendarItem> between(LocalDate from, LocalDate to) {
        return items(from, to, MEETING.LOCAL_DATE.between(from, to), INVITATION.REPLY_DEADLINE.between(from, to),
                FOLLOW_UP.DUE_DATE.between(from, to));
    }

    /**
     * What a month view shows of the days from {@code from} to {@code to}: the items of {@link #between}, except that
     * of each day's meetings, reply deadlines and follow-ups due only the first {@code perDay} of each kind are read
     * (in the order a day lists them: by time, then by record), with how many more of each kind every day holds.
     * A busy month so reads a few hundred rows instead of thousands; the rest comes when a day is opened.
     */
    public CalendarOverview overview(LocalDate from, LocalDate to, int perDay) {
        Condition meetingsHeld = MEETING.LOCAL_DATE.between(from, to);
        Condition deadlines = INVITATION.STATUS.eq(InvitationStatus.PENDING)
                .and(INVITATION.REPLY_DEADLINE.between(from, to));
        Condition due = FOLLOW_UP.STATUS.eq(FollowUpStatus.OPEN).and(FOLLOW_UP.DUE_DATE.between(from, to));
        // SQLite sorts nulls first: untimed meetings lead their day, as in the month's cells. Each of the meetings' three
        // statements ranks the month's meetings again, on the index in that order (0.7 ms each): choosing them once in a
        // statement of their own and binding their hundred-odd ids into the three measured no better through jOOQ.
        List<CalendarItem> items = items(from, to,
                firstOfEachDay(MEETING.ID, MEETING.LOCAL_DATE, meetingsHeld, perDay, MEETING.START_TIME.asc(),
                        MEETING.ID.asc()),
                firstOfEachDay(INVITATION.ID, INVITATION.REPLY_DEADLINE, deadlines, perDay, INVITATION.ID.asc()),
                firstOfEachDay(FOLLOW_UP.ID, FOLLOW_UP.DUE_DATE, due, perDay, FOLLOW_UP.ID.asc()));
        return new CalendarOverview(items, notRead(perDay, meetingsHeld, deadlines, due));
    }

    /**
     * The trips, events and proposed visits on at least one day from {@code from} to {@code to}, and the meetings,
     * reply deadlines and follow-ups due that meet the conditions given; by start.
     */
    private List<CalendarItem> items(LocalDate from, LocalDate to, Condition meetingsShown, Condition deadlinesShown,
                                     Condition dueShown) {
        List<CalendarItem> items = new ArrayList<>();
        items.addAll(tripsOverlapping(from, to));
        items.addAll(eventsOverlapping(from, to));
        items.addAll(meetings(meetingsShown));
        items.addAll(replyDeadlines(deadlinesShown));
        items.addAll(proposedVisits(proposedOverlapping(from, to)));
        items.addAll(followUpsDue(dueShown));
        items.sort(ORDER);
        return items;
    }

    /** Of the rows that meet {@code which}, those among the first {@code perDay} of their {@code day}. */
    private static Condition firstOfEachDay(TableField<?, Long> id, Field<LocalDate> day, Condition which, int perDay,
                                            OrderField<?>... order) {
        Field<Integer> rank = rowNumber().over(partitionBy(day).orderBy(order)).as("rank_in_day");
        Table<?> ranked = select(id, rank).from(id.getTable()).where(which).asTable("ranked");
        return id.in(select(ranked.field(id)).from(ranked).where(ranked.field(rank).le(perDay)));
    }

    /** Per day and kind, how many meetings, reply deadlines and follow-ups due there are beyond the first {@code perDay}. */
    private Map<LocalDate, Map<CalendarItemKind, Integer>> notRead(int perDay, Condition meetingsHeld,
                                                                  Condition deadlines, Condition due) {
        Field<String> kind = field(name("kind"), String.class);
        Field<LocalDate> day = field(name("day"), LocalDate.class);
        Field<Integer> beyond = count().minus(perDay).as("beyond");
        Map<LocalDate, Map<CalendarItemKind, Integer>> notRead = new TreeMap<>();
        tx.select(inline(CalendarItemKind.MEETING.name()).as(kind), MEETING.LOCAL_DATE.as(day), beyond)
                .from(MEETING).where(meetingsHeld).groupBy(MEETING.LOCAL_DATE).having(count().gt(perDay))
                .unionAll(select(inline(CalendarItemKind.REPLY_DEADLINE.name()).as(kind),
                        INVITATION.REPLY_DEADLINE.as(day), beyond)
                        .from(INVITATION).where(deadlines).groupBy(INVITATION.REPLY_DEADLINE).having(count().gt(perDay)))
                .unionAll(select(inline(CalendarItemKind.FOLLOW_UP_DUE.name()).as(kind), FOLLOW_UP.DUE_DATE.as(day),
                        beyond)
                        .from(FOLLOW_UP).where(due).groupBy(FOLLOW_UP.DUE_DATE).having(count().gt(perDay)))
                .forEach(r -> notRead.computeIfAbsent(r.value2(), d -> new EnumMap<>(CalendarItemKind.class))
                        .put(CalendarItemKind.valueOf(r.value1()), r.value3()));
        return notRead;
    }

    /**
     * A trip and what belongs to it: its events, its meetings, the invitations it fulfils (their proposed visit) and
     * the follow-ups of its meetings; empty when there is no such trip.
     */
    public List<CalendarItem> ofTrip(long tripId) {
        List<CalendarItem> items = new ArrayList<>(trips(TRIP.ID.eq(tripId)));
        if (items.isEmpty()) {
            return items;
        }
        items.addAll(events(EVENT.ID.in(tx.select(TRIP_EVENT.EVENT_ID).from(TRIP_EVENT)
                .where(TRIP_EVENT.TRIP_ID.eq(tripId)))));
        items.addAll(meetings(MEETING.TRIP_ID.eq(tripId)));
        items.addAll(invitations(INVITATION.FULFILLED_BY_TRIP_ID.eq(tripId).and(INVITATION.PROPOSED_START.isNotNull()),
                CalendarItemKind.PROPOSED_VISIT));
        items.addAll(followUpsDue(MEETING.TRIP_ID.eq(tripId).and(FOLLOW_UP.DUE_DATE.isNotNull())));
        items.sort(ORDER);
        return items;
    }

    /** The meetings a counterpart attended, oldest first. */
    public List<CalendarItem> meetingsWith(long personId) {
        List<CalendarItem> items = new ArrayList<>(meetings(MEETING.ID.in(tx.select(MEETING_ATTENDEE.MEETING_ID)
                .from(MEETING_ATTENDEE).where(MEETING_ATTENDEE.PERSON_ID.eq(personId)))));
        items.sort(ORDER);
        return items;
    }

    /** The trips on at least one day from {@code from} to {@code to}, one known only to the month for all of it. */
    List<CalendarItem> tripsOverlapping(LocalDate from, LocalDate to) {
        return trips(TRIP.START_DATE.le(to).and(endNotBefore(TRIP.END_DATE, TRIP.DATE_PRECISION, from)));
    }

    /** The events on at least one day from {@code from} to {@code to}, one known only to the month for all of it. */
    List<CalendarItem> eventsOverlapping(LocalDate from, LocalDate to) {
        return events(EVENT.START_DATE.le(to).and(endNotBefore(EVENT.END_DATE, EVENT.DATE_PRECISION, from)));
    }

    /** The trips that meet the condition, each read with its destinations in one statement: where it goes, in order. */
    List<CalendarItem> trips(Condition which) {
        Map<Long, List<Record>> byTrip = new LinkedHashMap<>();
        tx.select(TRIP.ID, TRIP.TITLE, TRIP.START_DATE, TRIP.END_DATE, TRIP.DATE_PRECISION, TRIP_DESTINATION.POSITION,
                        TRIP_DESTINATION.CITY, TRIP_DESTINATION.COUNTRY_CODE)
                .from(TRIP).leftJoin(TRIP_DESTINATION).on(TRIP_DESTINATION.TRIP_ID.eq(TRIP.ID))
                .where(which)
                .orderBy(TRIP.ID, TRIP_DESTINATION.POSITION)
                .forEach(r -> byTrip.computeIfAbsent(r.value1(), id -> new ArrayList<>()).add(r));
        return byTrip.values().stream().map(rows -> {
            Record trip = rows.get(0);
            List<Record> destinations = rows.stream().filter(r -> r.get(TRIP_DESTINATION.POSITION) != null).toList();
            String cities = destinations.isEmpty() ? null
                    : destinations.stream().map(r -> r.get(TRIP_DESTINATION.CITY)).collect(Collectors.joining(", "));
            String country = destinations.stream().filter(r -> r.get(TRIP_DESTINATION.POSITION) == 1)
                    .map(r -> r.get(TRIP_DESTINATION.COUNTRY_CODE)).findFirst().orElse(null);
            DatePrecision precision = trip.get(TRIP.DATE_PRECISION);
            return new CalendarItem(CalendarItemKind.TRIP, trip.get(TRIP.ID), trip.get(TRIP.TITLE),
                    trip.get(TRIP.START_DATE), lastDay(trip.get(TRIP.END_DATE), precision), null, null, null, cities,
                    country, List.of(), List.of(), List.of(), Set.of(trip.get(TRIP.ID)), precision);
        }).toList();
    }

    /** The events that meet the condition, each read with the trips it belongs to in one statement. */
    List<CalendarItem> events(Condition which) {
        Map<Long, List<Record>> byEvent = new LinkedHashMap<>();
        tx.select(EVENT.ID, EVENT.NAME, EVENT.START_DATE, EVENT.END_DATE, EVENT.DATE_PRECISION, EVENT.TIME_ZONE,
                        EVENT.CITY, EVENT.COUNTRY_CODE, TRIP_EVENT.TRIP_ID)
                .from(EVENT).leftJoin(TRIP_EVENT).on(TRIP_EVENT.EVENT_ID.eq(EVENT.ID))
                .where(which)
                .forEach(r -> byEvent.computeIfAbsent(r.value1(), id -> new ArrayList<>()).add(r));
        return byEvent.values().stream().map(rows -> {
            Record event = rows.get(0);
            Set<Long> trips = rows.stream().map(r -> r.get(TRIP_EVENT.TRIP_ID)).filter(Objects::nonNull)
                    .collect(Collectors.toUnmodifiableSet());
            DatePrecision precision = event.get(EVENT.DATE_PRECISION);
            return new CalendarItem(CalendarItemKind.EVENT, event.get(EVENT.ID), event.get(EVENT.NAME),
                    event.get(EVENT.START_DATE), lastDay(event.get(EVENT.END_DATE), precision), null, null,
                    zone(event.get(EVENT.TIME_ZONE)), event.get(EVENT.CITY), event.get(EVENT.COUNTRY_CODE), List.of(),
                    List.of(), List.of(), trips, precision);
        }).toList();
    }

    /**
     * The meetings that meet the condition, with their counterparts and topics. Each list is read from the chosen
     * meetings outwards, so that the planner starts from the meetings' index, never from all persons.
     */
    List<CalendarItem> meetings(Condition which) {
        Map<Long, List<Record>> counterparts = tx.select(MEETING.ID, PERSON.ID, PERSON.FULL_NAME, PERSON.SORT_KEY)
                .from(MEETING)
                .join(MEETING_ATTENDEE).on(MEETING_ATTENDEE.MEETING_ID.eq(MEETING.ID))
                .join(PERSON).on(PERSON.ID.eq(MEETING_ATTENDEE.PERSON_ID))
                .where(which).and(PERSON.SIDE.eq(Side.THEIRS))
                .stream()
                .sorted(Comparator.comparing((Record r) -> r.get(PERSON.SORT_KEY)).thenComparing(r -> r.get(PERSON.ID)))
                .collect(Collectors.groupingBy(r -> r.get(MEETING.ID)));
        Map<Long, List<String>> topics = tx.select(MEETING.ID, TOPIC.NAME)
                .from(MEETING)
                .join(MEETING_TOPIC).on(MEETING_TOPIC.MEETING_ID.eq(MEETING.ID))
                .join(TOPIC).on(TOPIC.ID.eq(MEETING_TOPIC.TOPIC_ID))
                .where(which)
                .stream()
                .sorted(Comparator.comparing(r -> r.value2().toLowerCase(java.util.Locale.ROOT)))
                .collect(Collectors.groupingBy(r -> r.value1(), Collectors.mapping(r -> r.value2(), Collectors.toList())));
        return tx.select(MEETING.ID, MEETING.TITLE, MEETING.LOCAL_DATE, MEETING.START_TIME, MEETING.END_TIME,
                        MEETING.TIME_ZONE, MEETING.PLACE, MEETING.CITY, MEETING.COUNTRY_CODE, MEETING.TRIP_ID)
                .from(MEETING).where(which)
                .fetch(r -> {
                    List<Record> met = counterparts.getOrDefault(r.get(MEETING.ID), List.of());
                    return new CalendarItem(CalendarItemKind.MEETING, r.get(MEETING.ID), r.get(MEETING.TITLE),
                            r.get(MEETING.LOCAL_DATE), null, r.get(MEETING.START_TIME),
                            r.get(MEETING.END_TIME), r.get(MEETING.TIME_ZONE),
                            firstPresent(r.get(MEETING.PLACE), r.get(MEETING.CITY)), r.get(MEETING.COUNTRY_CODE),
                            met.stream().map(m -> m.get(PERSON.FULL_NAME)).toList(),
                            topics.getOrDefault(r.get(MEETING.ID), List.of()),
                            met.stream().map(m -> new PersonRef(m.get(PERSON.ID), m.get(PERSON.FULL_NAME))).toList(),
                            idSet(r.get(MEETING.TRIP_ID)), DatePrecision.DAY);
                });
    }

    /**
     * An end, known to {@code precision}, on or after {@code day}. Its first term holds whatever the precision: the
     * (start_date, end_date) index answers it, and the row is read only for the dates near {@code day}.
     */
    private static Condition endNotBefore(Field<LocalDate> end, Field<DatePrecision> precision, LocalDate day) {
        return end.ge(day.withDayOfYear(1)).and(lastDayNotBefore(end, precision, day));
    }

    /** Visits proposed for at least one day from {@code from} to {@code to}, however approximately. */
    private static Condition proposedOverlapping(LocalDate from, LocalDate to) {
        return INVITATION.PROPOSED_START.le(to)
                .and(lastDayNotBefore(INVITATION.PROPOSED_END, INVITATION.PROPOSED_END_PRECISION, from)
                        .or(INVITATION.PROPOSED_END.isNull().and(
                                lastDayNotBefore(INVITATION.PROPOSED_START, INVITATION.PROPOSED_PRECISION, from))));
    }

    /**
     * The approximate date in {@code date} (its first day) and {@code precision} may still be on or after {@code day}:
     * "Sep 2024" is, for 15 September. Compared with the first day of {@code day}'s month or year, so that the
     * column's index serves.
     */
    private static Condition lastDayNotBefore(Field<LocalDate> date, Field<DatePrecision> precision, LocalDate day) {
        return precision.eq(DatePrecision.DAY).and(date.ge(day))
                .or(precision.eq(DatePrecision.MONTH).and(date.ge(day.withDayOfMonth(1))))
                .or(precision.eq(DatePrecision.YEAR).and(date.ge(day.withDayOfYear(1))));
    }

    List<CalendarItem> replyDeadlines(Condition which) {
        return invitations(INVITATION.STATUS.eq(InvitationStatus.PENDING).and(which),
                CalendarItemKind.REPLY_DEADLINE);
    }

    List<CalendarItem> proposedVisits(Condition which) {
        return invitations(INVITATION.STATUS.in(InvitationStatus.PENDING,
                InvitationStatus.ACCEPTED).and(which), CalendarItemKind.PROPOSED_VISIT);
    }

    private List<CalendarItem> invitations(Condition which, CalendarItemKind kind) {
        return tx.select(INVITATION.ID, INVITATION.DESCRIPTION, INVITATION.REPLY_DEADLINE, INVITATION.PROPOSED_START,
                        INVITATION.PROPOSED_END, INVITATION.PROPOSED_PRECISION, INVITATION.PROPOSED_END_PRECISION,
                        INVITATION.PLACE, INVITATION.COUNTRY_CODE,
                        INVITATION.FULFILLED_BY_TRIP_ID, INVITER.ID, INVITER.FULL_NAME, INVITER_ORGANISATION.NAME,
                        INVITEE.ID, INVITEE.FULL_NAME, INVITEE_ORGANISATION.NAME)
                .from(INVITATION)
                .leftJoin(INVITER).on(INVITER.ID.eq(INVITATION.INVITER_PERSON_ID))
                .leftJoin(INVITER_ORGANISATION).on(INVITER_ORGANISATION.ID.eq(INVITATION.INVITER_ORGANISATION_ID))
                .leftJoin(INVITEE).on(INVITEE.ID.eq(INVITATION.INVITEE_PERSON_ID))
                .leftJoin(INVITEE_ORGANISATION).on(INVITEE_ORGANISATION.ID.eq(INVITATION.INVITEE_ORGANISATION_ID))
                .where(which)
                .fetch(r -> {
                    boolean deadline = kind == CalendarItemKind.REPLY_DEADLINE;
                    DatePrecision precision = deadline ? DatePrecision.DAY : r.get(INVITATION.PROPOSED_PRECISION);
                    LocalDate start = deadline ? r.get(INVITATION.REPLY_DEADLINE) : r.get(INVITATION.PROPOSED_START);
                    LocalDate end = deadline ? start : lastProposedDay(r.get(INVITATION.PROPOSED_START),
                            r.get(INVITATION.PROPOSED_PRECISION), r.get(INVITATION.PROPOSED_END),
                            r.get(INVITATION.PROPOSED_END_PRECISION));
                    return new CalendarItem(kind, r.get(INVITATION.ID), r.get(INVITATION.DESCRIPTION), start, end,
                            null, null, null, r.get(INVITATION.PLACE), r.get(INVITATION.COUNTRY_CODE),
                            Stream.of(r.get(INVITER.FULL_NAME), r.get(INVITER_ORGANISATION.NAME),
                                    r.get(INVITEE.FULL_NAME), r.get(INVITEE_ORGANISATION.NAME))
                                    .filter(name -> name != null).toList(),
                            List.of(),
                            Stream.of(ref(r.get(INVITER.ID), r.get(INVITER.FULL_NAME)),
                                    ref(r.get(INVITEE.ID), r.get(INVITEE.FULL_NAME))).flatMap(Optional::stream).toList(),
                            idSet(r.get(INVITATION.FULFILLED_BY_TRIP_ID)), precision);
                });
    }

    /** The last day a proposed visit may take: that of its end, else of its start when only its month or year is known. */
    private static LocalDate lastProposedDay(LocalDate start, DatePrecision startPrecision, LocalDate end,
                                             DatePrecision endPrecision) {
        if (end != null) {
            return new ApproximateDate(end, endPrecision).last();
        }
        return start == null || startPrecision == DatePrecision.DAY ? null
                : new ApproximateDate(start, startPrecision).last();
    }

    List<CalendarItem> followUpsDue(Condition which) {
        return tx.select(FOLLOW_UP.ID, FOLLOW_UP.TEXT, FOLLOW_UP.DUE_DATE, MEETING.COUNTRY_CODE, MEETING.TRIP_ID)
                .from(FOLLOW_UP)
                .leftJoin(MEETING).on(MEETING.ID.eq(FOLLOW_UP.MEETING_ID))
                .where(FOLLOW_UP.STATUS.eq(FollowUpStatus.OPEN)).and(which)
                .fetch(r -> new CalendarItem(CalendarItemKind.FOLLOW_UP_DUE, r.value1(), r.value2(), r.value3(),
                        null, null, null, null, null, r.value4(), List.of(), List.of(), List.of(), idSet(r.value5()),
                        DatePrecision.DAY));
    }

    /** The last day a date known to {@code precision} may be: a month-only end runs to the end of its month. */
    private static LocalDate lastDay(LocalDate end, DatePrecision precision) {
        return end == null ? null : ApproximateDate.ofNullable(end, precision).last();
    }

    static ZoneId zone(String id) {
        return id == null || id.isBlank() ? null : ZoneId.of(id);
    }

    private static Optional<PersonRef> ref(Long id, String name) {
        return id == null ? Optional.empty() : Optional.of(new PersonRef(id, name));
    }

    private static Set<Long> idSet(Long id) {
        return id == null ? Set.of() : Set.of(id);
    }

    private static String firstPresent(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }
}
