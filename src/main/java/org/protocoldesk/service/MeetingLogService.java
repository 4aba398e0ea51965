package org.protocoldesk.service;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.protocoldesk.model.Document;
import org.protocoldesk.model.DocumentStatus;
import org.protocoldesk.model.DocumentTerms;
import org.protocoldesk.model.FollowUp;
import org.protocoldesk.model.FollowUpEntry;
import org.protocoldesk.model.FollowUpStatus;
import org.protocoldesk.model.ApproximateDate;
import org.protocoldesk.model.DatePrecision;
import org.protocoldesk.model.Invitation;
import org.protocoldesk.model.InvitationStatus;
import org.protocoldesk.model.InvitationTerms;
import org.protocoldesk.model.Meeting;
import org.protocoldesk.model.MeetingContext;
import org.protocoldesk.model.Organisation;
import org.protocoldesk.model.OrganisationKind;
import org.protocoldesk.model.OrganisationSummary;
import org.protocoldesk.model.Person;
import org.protocoldesk.model.PersonChoice;
import org.protocoldesk.model.Post;
import org.protocoldesk.model.SortKey;
import org.protocoldesk.model.Topic;
import org.protocoldesk.model.MeetingEntry;
import org.protocoldesk.model.Outcome;
import org.protocoldesk.model.OutcomeEntry;
import org.protocoldesk.model.OutcomeKind;
import org.protocoldesk.model.OutcomeLink;
import org.protocoldesk.model.Side;
import org.protocoldesk.store.DataStore;
import org.protocoldesk.store.Stores;

/**
 * Logs a meeting whole: the meeting with its attendees, topics and outcomes, the invitations and documents its
 * outcomes create, and its follow-ups, in one transaction, so that all of it is stored or none of it. An edit goes the
 * same way: what the edited entry no longer names (an outcome's invitation or document, a follow-up) is deleted.
 * Methods block: call them through the {@link TaskRunner}.
 */
public final class MeetingLogService {
    /** The longest summary kept: about two pages, a summary and not the minutes. */
    public static final int SUMMARY_LIMIT = 4000;

    private final DataStore data;
    private final ZoneId zoneWhenNoTime;

    /** @param zoneWhenNoTime the zone kept with a meeting logged with a date only (the schema keeps one per meeting) */
    public MeetingLogService(DataStore data, ZoneId zoneWhenNoTime) {
        this.data = data;
        this.zoneWhenNoTime = zoneWhenNoTime;
    }

    /** Every field at fault in the entry; empty when it can be saved. Touches no database. */
    public List<FieldError> check(MeetingEntry entry) {
        return MeetingEntryRules.check(entry);
    }

    /**
     * Stores the entry, and deletes the draft it was typed in (null for none) in the same transaction.
     *
     * @return the meeting's id
     * @throws InvalidEntryException when a field is at fault; nothing is written then
     */
    public long save(MeetingEntry entry, String draftKey) {
        List<FieldError> errors = check(entry);
        if (!errors.isEmpty()) {
            throw new InvalidEntryException(errors);
        }
        return data.write(s -> {
            long meetingId = entry.meetingId() == null ? insert(s, entry) : update(s, entry);
            if (draftKey != null) {
                s.drafts().delete(draftKey);
            }
            return meetingId;
        });
    }

    /** The saved meeting as an entry, to edit it in the same form. */
    public Optional<MeetingEntry> entry(long meetingId) {
        return data.read(s -> s.meetings().find(meetingId).map(meeting -> toEntry(s, meeting)));
    }

    /** Everyone a meeting can be logged with, ours and theirs, for the pickers. */
    public List<PersonChoice> people() {
        return data.read(s -> s.persons().choices());
    }

    /** The topics known so far, by name. */
    public List<String> topics() {
        return data.read(s -> s.topics().all().stream().map(Topic::name).toList());
    }

    /** The trip under way on {@code day}, the event under way on it that day, and that event's venue and zone. */
    public MeetingContext context(LocalDate day) {
        return data.read(s -> s.trips().underWayOn(day).stream().findFirst()
                .flatMap(tripId -> s.trips().find(tripId))
                .map(trip -> trip.eventIds().stream()
                        .flatMap(eventId -> s.events().find(eventId).stream())
                        .filter(event -> !day.isBefore(event.startDate()) && !day.isAfter(event.endDate()))
                        .findFirst()
                        .map(event -> new MeetingContext(trip.id(), event.id(), event.venue(), event.city(),
                                event.countryCode(), event.timeZone() == null ? null : ZoneId.of(event.timeZone())))
                        .orElse(new MeetingContext(trip.id(), null, null, null, null, null)))
                .orElse(MeetingContext.none()));
    }

    /**
     * Creates a counterpart met for the first time, from the Log meeting form: name, country, post and organisation
     * (found by its name, accents and case aside, or created). Returns them as the pickers offer them.
     */
    public PersonChoice addCounterpart(String fullName, String countryCode, String postTitle, String organisation) {
        return data.write(s -> {
            Long organisationId = blankToNull(organisation) == null ? null : s.organisations().summaries().stream()
                    .map(OrganisationSummary::organisation)
                    .filter(o -> SortKey.of(o.name()).equals(SortKey.of(organisation)))
                    .map(Organisation::id).findFirst()
                    .orElseGet(() -> s.organisations().insert(new Organisation(null, organisation.strip(), null,
                            OrganisationKind.OTHER, countryCode, null)).id());
            List<Post> posts = blankToNull(postTitle) == null ? List.of()
                    : List.of(new Post(organisationId, postTitle.strip(), null, null));
            Person person = s.persons().insert(Person.builder(Side.THEIRS, fullName.strip())
                    .countryCode(countryCode).posts(posts).build());
            return new PersonChoice(person.id(), Side.THEIRS, person.fullName(),
                    posts.isEmpty() ? null : postTitle.strip(), organisationId == null ? null : organisation.strip(),
                    List.of());
        });
    }

    private long insert(Stores s, MeetingEntry entry) {
        long meetingId = s.meetings().insert(meeting(entry, null)).id();
        storeOutcomeRecords(s, meetingId, entry, List.of());
        for (FollowUpEntry followUp : entry.followUps()) {
            s.followUps().insert(newFollowUp(followUp, meetingId));
        }
        return meetingId;
    }

    private long update(Stores s, MeetingEntry entry) {
        long meetingId = entry.meetingId();
        List<OutcomeLink> before = s.meetings().outcomeLinks(meetingId);
        s.meetings().update(meeting(entry, meetingId), entry.outcomes().stream().map(OutcomeEntry::outcomeId).toList());
        storeOutcomeRecords(s, meetingId, entry, before);
        updateFollowUps(s, meetingId, entry.followUps());
        return meetingId;
    }

    /** Creates or updates what each outcome creates, links it, and deletes what an outcome no longer names. */
    private void storeOutcomeRecords(Stores s, long meetingId, MeetingEntry entry, List<OutcomeLink> before) {
        Set<Long> invitationsKept = new HashSet<>();
        Set<Long> documentsKept = new HashSet<>();
        for (int i = 0; i < entry.outcomes().size(); i++) {
            OutcomeEntry outcome = entry.outcomes().get(i);
            Long invitationId = outcome.kind() == OutcomeKind.INVITATION
                    ? storeInvitation(s, outcome.invitation(), entry, meetingId) : null;
            Long documentId = outcome.kind() == OutcomeKind.DOCUMENT_SIGNED
                    ? storeDocument(s, outcome.document(), entry, meetingId) : null;
            // An outcome kept from before may hold a link that its kind, as edited, no longer has.
            if (invitationId != null || documentId != null || !before.isEmpty()) {
                s.meetings().linkOutcome(meetingId, new OutcomeLink(i + 1, invitationId, documentId));
            }
            invitationsKept.add(invitationId);
            documentsKept.add(documentId);
        }
        for (OutcomeLink link : before) {
            if (link.invitationId() != null && !invitationsKept.contains(link.invitationId())) {
                s.invitations().delete(link.invitationId());
            }
            if (link.documentId() != null && !documentsKept.contains(link.documentId())) {
                s.documents().delete(link.documentId());
            }
        }
    }

    private static long storeInvitation(Stores s, InvitationTerms terms, MeetingEntry entry, long meetingId) {
        if (terms.invitationId() == null) {
            return s.invitations().insert(invitation(terms, null, entry, meetingId, InvitationStatus.PENDING, null,
                    null, null, terms.inviterName(), terms.inviteeName())).id();
        }
        Invitation was = s.invitations().find(terms.invitationId()).orElseThrow();
        // The form sends no names: a side kept by name only (or the name of a deleted person) stays as it was.
        s.invitations().update(invitation(terms, was.id(), entry, meetingId, was.status(), was.fulfilledByTripId(),
                was.fulfilledByEventId(), was.notes(), orElse(terms.inviterName(), was.inviterName()),
                orElse(terms.inviteeName(), was.inviteeName())));
        return was.id();
    }

    private static String orElse(String given, String kept) {
        return given != null ? given : kept;
    }

    private static Invitation invitation(InvitationTerms t, Long id, MeetingEntry entry, long meetingId,
                                         InvitationStatus status, Long fulfilledByTripId, Long fulfilledByEventId,
                                         String notes, String inviterName, String inviteeName) {
        return new Invitation(id, t.direction(), t.occasion(), t.description(), t.inviterPersonId(),
                t.inviterOrganisationId(), t.inviteePersonId(), t.inviteeOrganisationId(), entry.place(),
                entry.countryCode(), dateOf(t.proposedFrom()), dateOf(t.proposedTo()), entry.date(), meetingId,
                t.replyDeadline(), status, fulfilledByTripId, fulfilledByEventId, notes, precisionOf(t.proposedFrom()),
                inviterName, inviteeName, precisionOf(t.proposedTo()));
    }

    private static LocalDate dateOf(ApproximateDate date) {
        return date == null ? null : date.date();
    }

    private static DatePrecision precisionOf(ApproximateDate date) {
        return date == null ? null : date.precision();
    }

    private static long storeDocument(Stores s, DocumentTerms terms, MeetingEntry entry, long meetingId) {
        DocumentStatus status = terms.status() == null ? DocumentStatus.SIGNED : terms.status();
        if (terms.documentId() == null) {
            return s.documents().insert(new Document(null, terms.kind(), terms.title(), status, entry.date(),
                    entry.place(), terms.validFrom(), terms.validUntil(), meetingId, entry.eventId(), null,
                    List.of())).id();
        }
        Document was = s.documents().find(terms.documentId()).orElseThrow();
        s.documents().update(new Document(was.id(), terms.kind(), terms.title(), status, entry.date(), entry.place(),
                terms.validFrom(), terms.validUntil(), meetingId, entry.eventId(), was.notes(), was.parties()));
        return was.id();
    }

    private static void updateFollowUps(Stores s, long meetingId, List<FollowUpEntry> entries) {
        List<Long> before = s.followUps().ofMeeting(meetingId).stream().map(FollowUp::id).toList();
        Set<Long> kept = new HashSet<>();
        for (FollowUpEntry entry : entries) {
            if (entry.followUpId() == null) {
                s.followUps().insert(newFollowUp(entry, meetingId));
            } else {
                FollowUp was = s.followUps().find(entry.followUpId()).orElseThrow();
                s.followUps().update(new FollowUp(was.id(), entry.action(), entry.owedBy(), entry.ownerPersonId(),
                        entry.due(), was.doneDate(), was.status(), meetingId));
                kept.add(was.id());
            }
        }
        before.stream().filter(id -> !kept.contains(id)).forEach(id -> s.followUps().delete(id));
    }

    private static FollowUp newFollowUp(FollowUpEntry entry, long meetingId) {
        return new FollowUp(null, entry.action(), entry.owedBy(), entry.ownerPersonId(), entry.due(), null,
                FollowUpStatus.OPEN, meetingId);
    }

    private Meeting meeting(MeetingEntry entry, Long id) {
        List<Long> attendees = Stream.concat(entry.counterpartIds().stream(), entry.ourParticipantIds().stream())
                .distinct().toList();
        List<Outcome> outcomes = entry.outcomes().stream().map(o -> new Outcome(o.kind(), o.text())).toList();
        return new Meeting(id, entry.kind(), null, entry.date(), entry.time(), null,
                entry.zone() == null ? zoneWhenNoTime : entry.zone(), entry.place(), entry.city(),
                entry.countryCode(), entry.tripId(), entry.eventId(), blankToNull(entry.summary()), attendees,
                entry.topics(), outcomes);
    }

    private static MeetingEntry toEntry(Stores s, Meeting meeting) {
        List<OutcomeLink> links = s.meetings().outcomeLinks(meeting.id());
        List<Long> outcomeIds = s.meetings().outcomeIds(meeting.id());
        List<OutcomeEntry> outcomes = new ArrayList<>();
        for (int i = 0; i < meeting.outcomes().size(); i++) {
            Outcome outcome = meeting.outcomes().get(i);
            OutcomeLink link = links.get(i);
            InvitationTerms invitation = Optional.ofNullable(link.invitationId())
                    .flatMap(id -> s.invitations().find(id)).map(MeetingLogService::terms).orElse(null);
            DocumentTerms document = Optional.ofNullable(link.documentId())
                    .flatMap(id -> s.documents().find(id)).map(MeetingLogService::terms).orElse(null);
            outcomes.add(new OutcomeEntry(outcomeIds.get(i), outcome.kind(), outcome.text(), invitation, document));
        }
        List<FollowUpEntry> followUps = s.followUps().ofMeeting(meeting.id()).stream()
                .map(f -> new FollowUpEntry(f.id(), f.text(), f.owedBy(), f.ownerPersonId(), f.dueDate()))
                .toList();
        return new MeetingEntry(meeting.id(), meeting.kind(), meeting.date(), meeting.startTime(), meeting.zone(),
                meeting.place(), meeting.city(), meeting.countryCode(), meeting.tripId(), meeting.eventId(),
                s.meetings().attendeeIds(meeting.id(), Side.THEIRS), s.meetings().attendeeIds(meeting.id(), Side.OURS),
                meeting.topics(), meeting.summary(), outcomes, followUps);
    }

    private static InvitationTerms terms(Invitation i) {
        return new InvitationTerms(i.id(), i.direction(), i.occasion(), i.description(), i.inviterPersonId(),
                i.inviterOrganisationId(), i.inviteePersonId(), i.inviteeOrganisationId(), i.proposedFrom(),
                i.proposedTo(), i.replyDeadline(), i.inviterName(), i.inviteeName());
    }

    private static DocumentTerms terms(Document d) {
        return new DocumentTerms(d.id(), d.title(), d.kind(), d.status(), d.validFrom(), d.validUntil());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
