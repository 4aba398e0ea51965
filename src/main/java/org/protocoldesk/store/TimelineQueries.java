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
import org.protocoldesk.model.TimelineKind;
import org.protocoldesk.model.TimelineSubject;
import org.protocoldesk.model.TimelineSubject.OfCounterpart;
import org.protocoldesk.model.TimelineSubject.OfCountry;
import org.protocoldesk.model.TimelineSubject.OfOrganisation;

/**
 * The relationship with a counterpart, an organisation or a country over time: meetings, follow-ups from them,
 * invitations, documents, events and posts. Each kind is chosen through a sub-select on an index (the meetings of
 * a person, the persons of a country, the posts at an organisation) and read in one query.
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

    /** Every dated entry of the subject's timeline, oldest first; entries with no date at all are left out. */
    public List<TimelineEntry> of(TimelineSubject subject) {
        Select<Record1<Long>> meetings = meetingIds(subject);
        List<TimelineEntry> entries = new ArrayList<>();
        calendar.meetings(MEETING.ID.in(meetings)).forEach(m -> entries.add(meeting(m)));
        entries.addAll(followUps(FOLLOW_UP.MEETING_ID.in(meetings)));
        entries.addAll(invitations(invitationsOf(subject)));
        entries.addAll(documents(DOCUMENT.MEETING_ID.in(meetings).or(DOCUMENT.ID.in(documentsByParty(subject)))));
        entries.addAll(events(EVENT.ID.in(select(MEETING.EVENT_ID).from(MEETING).where(MEETING.ID.in(meetings)))
                .or(eventsOf(subject))));
        entries.addAll(posts(subject));
        entries.sort(ORDER);
        return entries;
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

    private Select<Record1<Long>> meetingIds(TimelineSubject subject) {
        return choose(subject,
                c -> select(MEETING_ATTENDEE.MEETING_ID).from(MEETING_ATTENDEE)
                    .where(MEETING_ATTENDEE.PERSON_ID.eq(c.personId())),
                o -> PostHolderMeetings.attendedWhileHolding(POST.ORGANISATION_ID.eq(o.organisationId())),
                c -> select(MEETING.ID).from(MEETING).where(MEETING.COUNTRY_CODE.eq(c.countryCode()))
                    .union(select(MEETING_ATTENDEE.MEETING_ID).from(MEETING_ATTENDEE)
                            .where(MEETING_ATTENDEE.PERSON_ID.in(personsOf(c.countryCode()))))
                    .union(PostHolderMeetings.attendedWhileHolding(POST.ORGANISATION_ID.in(organisationsOf(c.countryCode())))));
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
    private List<TimelineEntry> posts(TimelineSubject subject) {
        Condition which = choose(subject,
                c -> POST.PERSON_ID.eq(c.personId()),
                o -> POST.ORGANISATION_ID.eq(o.organisationId()),
                c -> DSL.falseCondition());
        return tx.select(POST.ID, POST.TITLE, POST.FROM_DATE, POST.TO_DATE, PERSON.FULL_NAME, ORGANISATION.NAME,
                        POST.HELD_ON)
                .from(POST)
                .join(PERSON).on(PERSON.ID.eq(POST.PERSON_ID))
                .leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(POST.ORGANISATION_ID))
                .where(which)
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
