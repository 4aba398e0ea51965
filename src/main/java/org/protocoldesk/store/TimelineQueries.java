package org.protocoldesk.store;

import static org.jooq.impl.DSL.select;
import static org.protocoldesk.store.generated.Tables.COUNTRY;
import static org.protocoldesk.store.generated.Tables.DOCUMENT;
import static org.protocoldesk.store.generated.Tables.DOCUMENT_PARTY;
import static org.protocoldesk.store.generated.Tables.EVENT;
import static org.protocoldesk.store.generated.Tables.FOLLOW_UP;
import static org.protocoldesk.store.generated.Tables.INVITATION;
import static org.protocoldesk.store.generated.Tables.MEETING;
import static org.protocoldesk.store.generated.Tables.MEETING_ATTENDEE;
import static org.protocoldesk.store.generated.Tables.ORGANISATION;
import static org.protocoldesk.store.generated.Tables.PERSON;
import static org.protocoldesk.store.generated.Tables.POST;
import static org.protocoldesk.store.generated.Tables.TRIP;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.protocoldesk.model.CalendarItem;
import org.protocoldesk.model.FollowUpStatus;
import org.protocoldesk.model.InvitationStatus;
import org.protocoldesk.model.Side;
import org.protocoldesk.model.SortKey;
import org.protocoldesk.model.TimelineChoice;
import org.protocoldesk.model.TimelineEntry;
import org.protocoldesk.model.TimelineGlance;
import org.protocoldesk.model.TimelineKind;
import org.protocoldesk.model.TimelinePage;
import org.protocoldesk.model.TimelineSubject;
import org.protocoldesk.model.TimelineSubject.OfCounterpart;
import org.protocoldesk.model.TimelineSubject.OfCountry;
import org.protocoldesk.model.TimelineSubject.OfOrganisation;

/**
 * The relationship with a counterpart, an organisation or a country over time: meetings, follow-ups from them,
 * invitations, documents, events and posts. A timeline is read a page at a time, newest first (a country's whole
 * history is tens of thousands of entries): a page is bounded by its meetings, and every kind is read for the days
 * the page covers, each through a sub-select on an index (the meetings of a person, the persons of a country, the
 * posts at an organisation, the meetings of the page). What is still open is counted over the whole history.
 */
public final class TimelineQueries {
    private static final Comparator<TimelineEntry> ORDER = Comparator.comparing(TimelineEntry::start)
            .thenComparing(TimelineEntry::kind).thenComparing(TimelineEntry::recordId);
    /** How many of the newest meetings a country's page is first looked for in (see {@link #cut}). */
    private static final int COUNTRY_WALK = 10_000;
    /** The day each kind starts on, as its entries say: a page holds the entries that start in it. */
    private static final Field<LocalDate> INVITATION_START =
            DSL.coalesce(INVITATION.EXTENDED_ON, INVITATION.PROPOSED_START, INVITATION.REPLY_DEADLINE);
    private static final Field<LocalDate> DOCUMENT_START = DSL.coalesce(DOCUMENT.CONCLUDED_ON, DOCUMENT.VALID_FROM);
    private static final Field<LocalDate> POST_START = DSL.coalesce(POST.FROM_DATE, POST.TO_DATE, POST.HELD_ON);

    private final DSLContext tx;
    private final CalendarQueries calendar;

    TimelineQueries(DSLContext tx) {
        this.tx = tx;
        this.calendar = new CalendarQueries(tx);
    }

    /**
     * A page of the subject's timeline, read newest first: the entries that start before {@code before} (null: at
     * any time) and on or after the day of the {@code meetings}-th newest of the subject's meetings before it, so
     * that a page holds at least that many meetings (every meeting of its oldest day) and everything else that
     * started meanwhile. When fewer meetings are left, the page reaches back to the subject's first entry.
     */
    public TimelinePage page(TimelineSubject subject, LocalDate before, int meetings) {
        Condition older = before == null ? DSL.trueCondition() : MEETING.LOCAL_DATE.lt(before);
        Cut cut = cut(subject, older, meetings);
        // Chosen once, then read by their ids: the test of each meeting for the subject is not repeated (nor
        // rendered) in each of the four statements that read the meetings and their follow-ups.
        List<Long> pageMeetings = tx.select(MEETING.ID).from(MEETING)
                .where(older).and(from(cut.day(), MEETING.LOCAL_DATE)).and(cut.subjectsMeetings())
                .fetch(MEETING.ID);
        List<TimelineEntry> entries = new ArrayList<>();
        calendar.meetings(MEETING.ID.in(pageMeetings)).forEach(m -> entries.add(meeting(m)));
        entries.addAll(followUps(FOLLOW_UP.MEETING_ID.in(pageMeetings)));
        entries.addAll(invitations(inPage(cut.day(), before, INVITATION_START).and(invitationsOf(subject))));
        entries.addAll(documents(inPage(cut.day(), before, DOCUMENT_START)
                .and(DSL.exists(DSL.selectOne().from(MEETING)
                                .where(MEETING.ID.eq(DOCUMENT.MEETING_ID)).and(meetingOf(subject)))
                        .or(partyTo(subject)))));
        entries.addAll(events(inPage(cut.day(), before, EVENT.START_DATE)
                .and(DSL.exists(DSL.selectOne().from(MEETING)
                                .where(MEETING.EVENT_ID.eq(EVENT.ID)).and(meetingOf(subject)))
                        .or(eventsOf(subject)))));
        entries.addAll(posts(subject, inPage(cut.day(), before, POST_START)));
        entries.sort(ORDER);
        return new TimelinePage(entries, cut.day());
    }

    /**
     * What is still open with the subject over its whole history: each count starts from the open follow-ups or
     * pending invitations (an index each) and tests them one by one.
     */
    public TimelineGlance glance(TimelineSubject subject) {
        int openFollowUps = tx.fetchCount(select(FOLLOW_UP.ID).from(FOLLOW_UP)
                .join(MEETING).on(MEETING.ID.eq(FOLLOW_UP.MEETING_ID))
                .where(FOLLOW_UP.STATUS.eq(FollowUpStatus.OPEN)).and(meetingOf(subject)));
        int pendingInvitations = tx.fetchCount(INVITATION,
                INVITATION.STATUS.eq(InvitationStatus.PENDING).and(invitationsOf(subject)));
        return new TimelineGlance(openFollowUps, pendingInvitations);
    }

    /** The first day of a page and how its meetings are best chosen. */
    private record Cut(Optional<LocalDate> day, Condition subjectsMeetings) {
    }

    /**
     * The day of the subject's {@code meetings}-th newest meeting among the older ones. A country's meetings are a
     * good share of all: walking the newest {@link #COUNTRY_WALK} meetings and testing each finds the day at once
     * (an index seek each). A counterpart's or organisation's meetings are few, as are a small country's when the walk
     * comes back short: they are chosen from the subject's own (a union of index look-ups) and sorted.
     */
    private Cut cut(TimelineSubject subject, Condition older, int meetings) {
        if (subject instanceof OfCountry) {
            Optional<LocalDate> walkedTo = nthNewestDay(older, COUNTRY_WALK);
            Optional<LocalDate> day = nthNewestDay(older.and(from(walkedTo, MEETING.LOCAL_DATE))
                    .and(meetingOf(subject)), meetings);
            if (day.isPresent() || walkedTo.isEmpty()) {
                return new Cut(day, meetingOf(subject));
            }
        }
        Condition own = MEETING.ID.in(meetingIds(subject));
        return new Cut(nthNewestDay(older.and(own), meetings), own);
    }

    private Optional<LocalDate> nthNewestDay(Condition which, int n) {
        return tx.select(MEETING.LOCAL_DATE).from(MEETING).where(which)
                .orderBy(MEETING.LOCAL_DATE.desc()).limit(1).offset(n - 1)
                .fetchOptional(MEETING.LOCAL_DATE);
    }

    private static Condition from(Optional<LocalDate> day, Field<LocalDate> field) {
        return day.map(field::ge).orElse(DSL.trueCondition());
    }

    private static Condition inPage(Optional<LocalDate> from, LocalDate before, Field<LocalDate> start) {
        return from(from, start).and(before == null ? DSL.trueCondition() : start.lt(before));
    }

    /**
     * Up to {@code limit} counterparts, organisations and countries whose name contains {@code text} (accents and
     * case ignored), counterparts first, each group by name.
     */
    public List<TimelineChoice> choices(String text, int limit) {
        String key = SortKey.of(text == null ? "" : text);
        List<TimelineChoice> choices = new ArrayList<>();
        tx.select(PERSON.ID, PERSON.FULL_NAME).from(PERSON)
                .where(PERSON.SIDE.eq(Side.THEIRS)).and(PERSON.SORT_KEY.contains(key))
                .orderBy(PERSON.SORT_KEY).limit(limit)
                .forEach(r -> choices.add(new TimelineChoice(new OfCounterpart(r.value1()), r.value2())));
        tx.select(ORGANISATION.ID, ORGANISATION.NAME).from(ORGANISATION)
                .where(ORGANISATION.SORT_KEY.contains(key)
                        .or(DSL.lower(ORGANISATION.SHORT_NAME).contains(key)))
                .orderBy(ORGANISATION.SORT_KEY).limit(limit)
                .forEach(r -> choices.add(new TimelineChoice(new OfOrganisation(r.value1()), r.value2())));
        tx.select(COUNTRY.CODE, COUNTRY.NAME).from(COUNTRY).orderBy(COUNTRY.NAME).fetch().stream()
                .filter(r -> SortKey.of(r.value2()).contains(key)).limit(limit)
                .forEach(r -> choices.add(new TimelineChoice(new OfCountry(r.value1()), r.value2())));
        // A name typed in full comes first, whatever its kind: "Tajikistan" the country, not an office of it.
        choices.sort(Comparator.comparing((TimelineChoice c) -> !SortKey.of(c.name()).equals(key)));
        return choices;
    }

    private static Select<Record1<Long>> meetingIds(TimelineSubject subject) {
        return choose(subject,
                c -> select(MEETING_ATTENDEE.MEETING_ID).from(MEETING_ATTENDEE)
                    .where(MEETING_ATTENDEE.PERSON_ID.eq(c.personId())),
                o -> PostHolderMeetings.attendedWhileHolding(POST.ORGANISATION_ID.eq(o.organisationId())),
                c -> select(MEETING.ID).from(MEETING).where(MEETING.COUNTRY_CODE.eq(c.countryCode()))
                    .union(select(MEETING_ATTENDEE.MEETING_ID).from(MEETING_ATTENDEE)
                            .where(MEETING_ATTENDEE.PERSON_ID.in(personsOf(c.countryCode()))))
                    .union(PostHolderMeetings.attendedWhileHolding(
                            POST.ORGANISATION_ID.in(organisationsOf(c.countryCode())))));
    }

    /**
     * Whether a meeting (of the query's {@code meeting} table) is the subject's: attended by the counterpart; by
     * someone while holding a post at the organisation; held in the country, or attended by a counterpart of the
     * country or by someone while holding a post at one of its organisations. The same meetings as
     * {@link #meetingIds}, tested one meeting at a time.
     */
    private static Condition meetingOf(TimelineSubject subject) {
        return choose(subject,
                c -> MEETING.ID.in(meetingIds(subject)),
                o -> MEETING.ID.in(meetingIds(subject)),
                c -> MEETING.COUNTRY_CODE.eq(c.countryCode())
                        .or(DSL.exists(DSL.selectOne().from(MEETING_ATTENDEE)
                                .join(PERSON).on(PERSON.ID.eq(MEETING_ATTENDEE.PERSON_ID))
                                .where(MEETING_ATTENDEE.MEETING_ID.eq(MEETING.ID))
                                .and(PERSON.COUNTRY_CODE.eq(c.countryCode()))))
                        .or(DSL.exists(DSL.selectOne().from(MEETING_ATTENDEE)
                                .join(POST).on(POST.PERSON_ID.eq(MEETING_ATTENDEE.PERSON_ID))
                                .join(ORGANISATION).on(ORGANISATION.ID.eq(POST.ORGANISATION_ID))
                                .where(MEETING_ATTENDEE.MEETING_ID.eq(MEETING.ID))
                                .and(ORGANISATION.COUNTRY_CODE.eq(c.countryCode()))
                                .and(PostHolderMeetings.heldOn(MEETING.LOCAL_DATE)))));
    }

    private static Select<Record1<Long>> personsOf(String countryCode) {
        return select(PERSON.ID).from(PERSON).where(PERSON.COUNTRY_CODE.eq(countryCode));
    }

    private static Select<Record1<Long>> organisationsOf(String countryCode) {
        return select(ORGANISATION.ID).from(ORGANISATION).where(ORGANISATION.COUNTRY_CODE.eq(countryCode));
    }

    private static Select<Record1<Long>> postHoldersAt(long organisationId) {
        return select(POST.PERSON_ID).from(POST).where(POST.ORGANISATION_ID.eq(organisationId));
    }

    private static Condition invitationsOf(TimelineSubject subject) {
        return choose(subject,
                c -> INVITATION.INVITER_PERSON_ID.eq(c.personId())
                    .or(INVITATION.INVITEE_PERSON_ID.eq(c.personId())),
                o -> INVITATION.INVITER_ORGANISATION_ID.eq(o.organisationId())
                    .or(INVITATION.INVITEE_ORGANISATION_ID.eq(o.organisationId()))
                    .or(INVITATION.INVITER_PERSON_ID.in(postHoldersAt(o.organisationId())))
                    .or(INVITATION.INVITEE_PERSON_ID.in(postHoldersAt(o.organisationId()))),
                // Tested one invitation at a time (a look-up of its people and organisations by key): a page's are
                // found by their first day (an index on that expression), the glance's by their status.
                c -> INVITATION.COUNTRY_CODE.eq(c.countryCode())
                        .or(personOf(INVITATION.INVITER_PERSON_ID, c.countryCode()))
                        .or(personOf(INVITATION.INVITEE_PERSON_ID, c.countryCode()))
                        .or(organisationOf(INVITATION.INVITER_ORGANISATION_ID, c.countryCode()))
                        .or(organisationOf(INVITATION.INVITEE_ORGANISATION_ID, c.countryCode())));
    }

    private static Condition personOf(Field<Long> person, String countryCode) {
        return DSL.exists(DSL.selectOne().from(PERSON).where(PERSON.ID.eq(person))
                .and(PERSON.COUNTRY_CODE.eq(countryCode)));
    }

    private static Condition organisationOf(Field<Long> organisation, String countryCode) {
        return DSL.exists(DSL.selectOne().from(ORGANISATION).where(ORGANISATION.ID.eq(organisation))
                .and(ORGANISATION.COUNTRY_CODE.eq(countryCode)));
    }

    /** Whether the subject is a party to the document, tested on the document's parties (a page's are few). */
    private static Condition partyTo(TimelineSubject subject) {
        Condition parties = choose(subject,
                c -> DSL.falseCondition(),
                o -> DOCUMENT_PARTY.ORGANISATION_ID.eq(o.organisationId()),
                c -> DOCUMENT_PARTY.COUNTRY_CODE.eq(c.countryCode())
                    .or(DOCUMENT_PARTY.ORGANISATION_ID.in(organisationsOf(c.countryCode()))));
        return DSL.exists(DSL.selectOne().from(DOCUMENT_PARTY).where(DOCUMENT_PARTY.DOCUMENT_ID.eq(DOCUMENT.ID))
                .and(parties));
    }

    private static Condition eventsOf(TimelineSubject subject) {
        return choose(subject,
                c -> DSL.falseCondition(),
                o -> EVENT.HOST_ORGANISATION_ID.eq(o.organisationId()),
                c -> EVENT.COUNTRY_CODE.eq(c.countryCode()));
    }

    private static <T> T choose(TimelineSubject subject, Function<OfCounterpart, T> counterpart,
                                Function<OfOrganisation, T> organisation, Function<OfCountry, T> country) {
        if (subject instanceof OfCounterpart c) {
            return counterpart.apply(c);
        }
        if (subject instanceof OfOrganisation o) {
            return organisation.apply(o);
        }
        return country.apply((OfCountry) subject);
    }

    private static TimelineEntry meeting(CalendarItem m) {
        return new TimelineEntry(TimelineKind.MEETING, m.recordId(), m.title(), m.startDate(), null, false,
                m.people(), null, null);
    }

    private List<TimelineEntry> followUps(Condition which) {
        return tx.select(FOLLOW_UP.ID, FOLLOW_UP.TEXT, FOLLOW_UP.DUE_DATE, FOLLOW_UP.DONE_DATE, FOLLOW_UP.STATUS,
                        MEETING.LOCAL_DATE)
                .from(FOLLOW_UP).join(MEETING).on(MEETING.ID.eq(FOLLOW_UP.MEETING_ID))
                .where(which)
                .fetch(r -> {
                    FollowUpStatus status = r.value5();
                    LocalDate promised = r.value6();
                    LocalDate done = r.value4();
                    return new TimelineEntry(TimelineKind.FOLLOW_UP, r.value1(), r.value2(), promised,
                            done != null && !done.isBefore(promised) ? done : null, status == FollowUpStatus.OPEN,
                            List.of(), null, status);
                });
    }

    /**
     * Invitations as spans from the day they were extended (else the proposed or deadline date) to the day they were
     * fulfilled by a trip or event; a pending one is still running.
     */
    private List<TimelineEntry> invitations(Condition which) {
        Field<LocalDate> fulfilled = DSL.coalesce(
                DSL.field(select(TRIP.START_DATE).from(TRIP).where(TRIP.ID.eq(INVITATION.FULFILLED_BY_TRIP_ID))),
                DSL.field(select(EVENT.START_DATE).from(EVENT).where(EVENT.ID.eq(INVITATION.FULFILLED_BY_EVENT_ID))));
        return tx.select(INVITATION.ID, INVITATION.DESCRIPTION, INVITATION.EXTENDED_ON, INVITATION.PROPOSED_START,
                        INVITATION.REPLY_DEADLINE, INVITATION.STATUS, fulfilled,
                        CalendarQueries.INVITER.FULL_NAME, CalendarQueries.INVITEE.FULL_NAME)
                .from(INVITATION)
                .leftJoin(CalendarQueries.INVITER).on(CalendarQueries.INVITER.ID.eq(INVITATION.INVITER_PERSON_ID))
                .leftJoin(CalendarQueries.INVITEE).on(CalendarQueries.INVITEE.ID.eq(INVITATION.INVITEE_PERSON_ID))
                .where(which)
                .fetch()
                .stream()
                .<TimelineEntry>mapMulti((r, out) -> {
                    LocalDate start = Stream.of(r.value3(), r.value4(), r.value5())
                            .filter(d -> d != null).findFirst().orElse(null);
                    if (start == null) {
                        return;
                    }
                    InvitationStatus status = r.value6();
                    LocalDate end = r.value7() != null && !r.value7().isBefore(start) ? r.value7() : null;
                    out.accept(new TimelineEntry(TimelineKind.INVITATION, r.value1(), r.value2(), start, end,
                            status == InvitationStatus.PENDING || status == InvitationStatus.ACCEPTED,
                            Stream.of(r.value8(), r.value9()).filter(n -> n != null).toList(), null, status));
                })
                .toList();
    }

    /** Documents from the day they were concluded (else came into force), in force until their end of validity. */
    private List<TimelineEntry> documents(Condition which) {
        return tx.select(DOCUMENT.ID, DOCUMENT.TITLE, DOCUMENT.CONCLUDED_ON, DOCUMENT.VALID_FROM, DOCUMENT.VALID_UNTIL,
                        DOCUMENT.STATUS)
                .from(DOCUMENT).where(which)
                .fetch().stream()
                .<TimelineEntry>mapMulti((r, out) -> {
                    LocalDate start = r.value3() != null ? r.value3() : r.value4();
                    if (start == null) {
                        return;
                    }
                    LocalDate until = r.value5() != null && !r.value5().isBefore(start) ? r.value5() : null;
                    out.accept(new TimelineEntry(TimelineKind.DOCUMENT, r.value1(), r.value2(), start, until,
                            until == null && r.value4() != null, List.of(), null,
                            r.value6()));
                })
                .toList();
    }

    private List<TimelineEntry> events(Condition which) {
        return tx.select(EVENT.ID, EVENT.NAME, EVENT.START_DATE, EVENT.END_DATE).from(EVENT).where(which)
                .fetch(r -> new TimelineEntry(TimelineKind.EVENT, r.value1(), r.value2(), r.value3(),
                        r.value4().equals(r.value3()) ? null : r.value4(), false, List.of(), null, null));
    }

    /** Posts held: of the counterpart, or at the organisation (so that one holder after another shows). */
    private List<TimelineEntry> posts(TimelineSubject subject, Condition inPage) {
        Condition which = choose(subject,
                c -> POST.PERSON_ID.eq(c.personId()),
                o -> POST.ORGANISATION_ID.eq(o.organisationId()),
                c -> DSL.falseCondition());
        return tx.select(POST.ID, POST.TITLE, POST.FROM_DATE, POST.TO_DATE, PERSON.FULL_NAME, ORGANISATION.NAME,
                        POST.HELD_ON)
                .from(POST)
                .join(PERSON).on(PERSON.ID.eq(POST.PERSON_ID))
                .leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(POST.ORGANISATION_ID))
                .where(which).and(inPage)
                .fetch().stream()
                .<TimelineEntry>mapMulti((r, out) -> {
                    // A post known only to be held on a day (the source names no term) is a point on that day.
                    boolean term = r.value3() != null || r.value4() != null;
                    LocalDate start = r.value3() != null ? r.value3() : term ? r.value4() : r.value7();
                    if (start != null) {
                        out.accept(new TimelineEntry(TimelineKind.POST, r.value1(), r.value2(), start,
                                r.value3() != null ? r.value4() : term ? null : start,
                                r.value3() != null && r.value4() == null, List.of(r.value5()), r.value6(), null));
                    }
                })
                .toList();
    }
}
