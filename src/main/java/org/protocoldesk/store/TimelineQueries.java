package org.protocoldesk.store;

import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectDistinct;
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
import org.protocoldesk.model.TimelineSubject;
import org.protocoldesk.model.TimelineSubject.OfCounterpart;
import org.protocoldesk.model.TimelineSubject.OfCountry;
import org.protocoldesk.model.TimelineSubject.OfOrganisation;

/**
 * The relationship with a counterpart, an organisation or a country over time: meetings, follow-ups from them,
 * invitations, documents, events and posts. A timeline is read a window of days at a time, as its view scrolls back
 * (a country's whole history is tens of thousands of entries); each kind is chosen through a sub-select on an index
 * (the meetings of a person, the posts at an organisation, the meetings of the window) and read in one query. What
 * the view says at a glance comes from small aggregates over the whole history, read beside the first window.
 */
public final class TimelineQueries {
    private static final Comparator<TimelineEntry> ORDER = Comparator.comparing(TimelineEntry::start)
            .thenComparing(TimelineEntry::kind).thenComparing(TimelineEntry::recordId);

    private final DSLContext tx;
    private final CalendarQueries calendar;

    TimelineQueries(DSLContext tx) {
        this.tx = tx;
        this.calendar = new CalendarQueries(tx);
    }

    /**
     * The entries of the subject's timeline that start from {@code from} to {@code to}, both included, oldest first
     * (a span belongs to the window of its first day); entries with no date at all are left out.
     */
    public List<TimelineEntry> between(TimelineSubject subject, LocalDate from, LocalDate to) {
        Select<Record1<Long>> meetings = select(MEETING.ID).from(MEETING)
                .where(MEETING.LOCAL_DATE.between(from, to)).and(meetingOf(subject));
        List<TimelineEntry> entries = new ArrayList<>();
        calendar.meetings(MEETING.ID.in(meetings)).forEach(m -> entries.add(meeting(m)));
        entries.addAll(followUps(FOLLOW_UP.MEETING_ID.in(meetings)));
        entries.addAll(invitations(invitationsOf(subject).and(DSL.coalesce(INVITATION.EXTENDED_ON,
                INVITATION.PROPOSED_START, INVITATION.REPLY_DEADLINE).between(from, to))));
        entries.addAll(documents(DSL.coalesce(DOCUMENT.CONCLUDED_ON, DOCUMENT.VALID_FROM).between(from, to)
                .and(DSL.exists(DSL.selectOne().from(MEETING)
                                .where(MEETING.ID.eq(DOCUMENT.MEETING_ID)).and(meetingOf(subject)))
                        .or(DOCUMENT.ID.in(documentsByParty(subject))))));
        entries.addAll(events(EVENT.START_DATE.between(from, to).and(
                DSL.exists(DSL.selectOne().from(MEETING).where(MEETING.EVENT_ID.eq(EVENT.ID)).and(meetingOf(subject)))
                        .or(eventsOf(subject)))));
        entries.addAll(posts(subject, DSL.coalesce(POST.FROM_DATE, POST.TO_DATE).between(from, to)));
        entries.sort(ORDER);
        return entries;
    }

    /**
     * The subject's last meeting, its open follow-ups and pending invitations, counted over its whole history, and the
     * first day of the office's records. Each is one small query on an index: the last meeting walks the meetings
     * newest first until one is the subject's, the counts start from the open follow-ups and pending invitations.
     */
    public TimelineGlance glance(TimelineSubject subject) {
        Optional<TimelineEntry> lastMeeting = lastMeetingDay(subject)
                .flatMap(day -> calendar.meetings(MEETING.LOCAL_DATE.eq(day).and(meetingOf(subject))).stream()
                        .max(Comparator.comparing(CalendarItem::startTime,
                                Comparator.nullsFirst(Comparator.naturalOrder())))
                        .map(TimelineQueries::meeting));
        int openFollowUps = tx.fetchCount(select(FOLLOW_UP.ID).from(FOLLOW_UP)
                .join(MEETING).on(MEETING.ID.eq(FOLLOW_UP.MEETING_ID))
                .where(FOLLOW_UP.STATUS.eq(FollowUpStatus.OPEN)).and(meetingOf(subject)));
        int pendingInvitations = tx.fetchCount(INVITATION,
                INVITATION.STATUS.eq(InvitationStatus.PENDING).and(invitationsOf(subject)));
        return new TimelineGlance(lastMeeting, openFollowUps, pendingInvitations, firstDay());
    }

    /**
     * The day of the subject's last meeting. A person's or organisation's meetings are few: the latest of them. A
     * country's: the meetings held there give a last day at once (an index seek); only the meetings from that day on
     * are then tested for a counterpart or organisation of the country, newest first.
     */
    private Optional<LocalDate> lastMeetingDay(TimelineSubject subject) {
        if (subject instanceof OfCountry c) {
            Field<LocalDate> lastHeldThere = DSL.field(select(DSL.max(MEETING.LOCAL_DATE)).from(MEETING)
                    .where(MEETING.COUNTRY_CODE.eq(c.countryCode())));
            return tx.select(MEETING.LOCAL_DATE).from(MEETING)
                    .where(MEETING.LOCAL_DATE.ge(DSL.coalesce(lastHeldThere, DSL.inline(LocalDate.of(1, 1, 1)))))
                    .and(meetingOf(subject))
                    .orderBy(MEETING.LOCAL_DATE.desc()).limit(1)
                    .fetchOptional(MEETING.LOCAL_DATE);
        }
        return tx.select(DSL.max(MEETING.LOCAL_DATE)).from(MEETING).where(meetingOf(subject))
                .fetchOptional(r -> r.value1());
    }

    /** The first day any timeline entry can start: the earliest date of the kinds it shows. */
    private Optional<LocalDate> firstDay() {
        return tx.select(DSL.min(DSL.field(select(DSL.min(MEETING.LOCAL_DATE)).from(MEETING))),
                        DSL.min(DSL.field(select(DSL.min(EVENT.START_DATE)).from(EVENT))),
                        DSL.min(DSL.field(select(DSL.min(DOCUMENT.CONCLUDED_ON)).from(DOCUMENT))),
                        DSL.min(DSL.field(select(DSL.min(DOCUMENT.VALID_FROM)).from(DOCUMENT))),
                        DSL.min(DSL.field(select(DSL.min(POST.FROM_DATE)).from(POST))),
                        DSL.min(DSL.field(select(DSL.min(POST.TO_DATE)).from(POST))),
                        DSL.min(DSL.field(select(DSL.min(INVITATION.EXTENDED_ON)).from(INVITATION))),
                        DSL.min(DSL.field(select(DSL.min(INVITATION.PROPOSED_START)).from(INVITATION))),
                        DSL.min(DSL.field(select(DSL.min(INVITATION.REPLY_DEADLINE)).from(INVITATION))))
                .fetchOptional()
                .flatMap(r -> r.intoStream().filter(d -> d != null).map(LocalDate.class::cast)
                        .min(Comparator.naturalOrder()));
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

    /**
     * Whether a meeting is the subject's: attended by the counterpart; by someone while holding a post at the
     * organisation; held in the country, or attended by a counterpart of the country or by someone while holding a
     * post at one of its organisations. A person's or organisation's meetings are few and chosen on their indexes; a
     * country's are tested one by one, from the window's meetings or newest first.
     */
    private static Condition meetingOf(TimelineSubject subject) {
        return choose(subject,
                c -> MEETING.ID.in(select(MEETING_ATTENDEE.MEETING_ID).from(MEETING_ATTENDEE)
                        .where(MEETING_ATTENDEE.PERSON_ID.eq(c.personId()))),
                o -> MEETING.ID.in(meetingsWithPostHolders(POST.ORGANISATION_ID.eq(o.organisationId()))),
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
                                .and(heldOnTheDay()))));
    }

    /** A post held on the day of the meeting (open dates count as held). */
    private static Condition heldOnTheDay() {
        return POST.FROM_DATE.isNull().or(POST.FROM_DATE.le(MEETING.LOCAL_DATE))
                .and(POST.TO_DATE.isNull().or(POST.TO_DATE.ge(MEETING.LOCAL_DATE)));
    }

    /** The meetings attended by someone while holding a post that meets the condition (open dates count as held). */
    private static Select<Record1<Long>> meetingsWithPostHolders(Condition posts) {
        var held = MEETING.as("held");
        return selectDistinct(held.ID).from(POST)
                .join(MEETING_ATTENDEE).on(MEETING_ATTENDEE.PERSON_ID.eq(POST.PERSON_ID))
                .join(held).on(held.ID.eq(MEETING_ATTENDEE.MEETING_ID))
                .where(posts)
                .and(POST.FROM_DATE.isNull().or(POST.FROM_DATE.le(held.LOCAL_DATE)))
                .and(POST.TO_DATE.isNull().or(POST.TO_DATE.ge(held.LOCAL_DATE)));
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
                // One index per branch, joined by UNION: an OR of five made the planner read every invitation.
                c -> INVITATION.ID.in(select(INVITATION.ID).from(INVITATION)
                        .where(INVITATION.COUNTRY_CODE.eq(c.countryCode()))
                        .union(select(INVITATION.ID).from(INVITATION)
                                .where(INVITATION.INVITER_PERSON_ID.in(personsOf(c.countryCode()))))
                        .union(select(INVITATION.ID).from(INVITATION)
                                .where(INVITATION.INVITEE_PERSON_ID.in(personsOf(c.countryCode()))))
                        .union(select(INVITATION.ID).from(INVITATION)
                                .where(INVITATION.INVITER_ORGANISATION_ID.in(organisationsOf(c.countryCode()))))
                        .union(select(INVITATION.ID).from(INVITATION)
                                .where(INVITATION.INVITEE_ORGANISATION_ID.in(organisationsOf(c.countryCode()))))));
    }

    private static Select<Record1<Long>> documentsByParty(TimelineSubject subject) {
        Condition parties = choose(subject,
                c -> DSL.falseCondition(),
                o -> DOCUMENT_PARTY.ORGANISATION_ID.eq(o.organisationId()),
                c -> DOCUMENT_PARTY.COUNTRY_CODE.eq(c.countryCode())
                    .or(DOCUMENT_PARTY.ORGANISATION_ID.in(organisationsOf(c.countryCode()))));
        return select(DOCUMENT_PARTY.DOCUMENT_ID).from(DOCUMENT_PARTY).where(parties);
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
    private List<TimelineEntry> posts(TimelineSubject subject, Condition inWindow) {
        Condition which = choose(subject,
                c -> POST.PERSON_ID.eq(c.personId()),
                o -> POST.ORGANISATION_ID.eq(o.organisationId()),
                c -> DSL.falseCondition());
        return tx.select(POST.ID, POST.TITLE, POST.FROM_DATE, POST.TO_DATE, PERSON.FULL_NAME, ORGANISATION.NAME)
                .from(POST)
                .join(PERSON).on(PERSON.ID.eq(POST.PERSON_ID))
                .leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(POST.ORGANISATION_ID))
                .where(which).and(inWindow)
                .fetch().stream()
                .<TimelineEntry>mapMulti((r, out) -> {
                    LocalDate start = r.value3() != null ? r.value3() : r.value4();
                    if (start != null) {
                        out.accept(new TimelineEntry(TimelineKind.POST, r.value1(), r.value2(), start,
                                r.value3() != null ? r.value4() : null, r.value4() == null, List.of(r.value5()),
                                r.value6(), null));
                    }
                })
                .toList();
    }
}
