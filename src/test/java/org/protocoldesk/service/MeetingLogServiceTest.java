package org.protocoldesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.protocoldesk.store.generated.Tables.MEETING_ATTENDEE;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protocoldesk.model.ApproximateDate;
import org.protocoldesk.model.DocumentKind;
import org.protocoldesk.model.DocumentStatus;
import org.protocoldesk.model.DocumentTerms;
import org.protocoldesk.model.FollowUpEntry;
import org.protocoldesk.model.Invitation;
import org.protocoldesk.model.InvitationDirection;
import org.protocoldesk.model.InvitationOccasion;
import org.protocoldesk.model.InvitationStatus;
import org.protocoldesk.model.InvitationTerms;
import org.protocoldesk.model.MeetingDraft;
import org.protocoldesk.model.MeetingEntry;
import org.protocoldesk.model.MeetingKind;
import org.protocoldesk.model.OutcomeEntry;
import org.protocoldesk.model.OutcomeKind;
import org.protocoldesk.model.Party;
import org.protocoldesk.model.Person;
import org.protocoldesk.model.Side;
import org.protocoldesk.store.DataStore;
import org.protocoldesk.store.Database;
import org.protocoldesk.store.StoreTestSupport;
import org.protocoldesk.store.Stores;

class MeetingLogServiceTest extends StoreTestSupport {
    private static final LocalDate MAY_16 = LocalDate.of(2024, 5, 16);
    private static final ZoneId DUSHANBE = ZoneId.of("Asia/Dushanbe");
    private static final List<String> TABLES = List.of("meeting", "meeting_attendee", "meeting_topic", "topic",
            "outcome", "invitation", "document", "follow_up", "meeting_draft");

    private MeetingLogService log;
    private long rahmon;
    private long movahedi;
    private long principal;

    @BeforeEach
    void people() {
        log = new MeetingLogService(data, ZoneId.of("Asia/Baku"));
        addPeople(data);
    }

    private void addPeople(DataStore into) {
        CounterpartService people = new CounterpartService(into);
        rahmon = people.add(Person.builder(Side.THEIRS, "Yusuf Rahmon").build()).id();
        movahedi = people.add(Person.builder(Side.THEIRS, "Mohammad Movahedi-Azad").build()).id();
        principal = people.add(Person.builder(Side.OURS, "Kamran Əliyev").build()).id();
    }

    @Test
    void aMeetingIsStoredWholeWithWhatItsOutcomesCreate() {
        long id = log.save(fullEntry(), null);

        MeetingEntry stored = log.entry(id).orElseThrow();
        assertThat(stored.counterpartIds()).containsExactlyInAnyOrder(rahmon, movahedi);
        assertThat(stored.ourParticipantIds()).containsExactly(principal);
        assertThat(stored.topics()).containsExactly("Extradition", "Mutual legal assistance");
        assertThat(stored.outcomes()).extracting(OutcomeEntry::kind)
                .containsExactly(OutcomeKind.AGREEMENT, OutcomeKind.INVITATION, OutcomeKind.DOCUMENT_SIGNED);
        InvitationTerms invitation = stored.outcomes().get(1).invitation();
        assertThat(invitation.invitationId()).isNotNull();
        assertThat(invitation.replyDeadline()).isEqualTo(LocalDate.of(2024, 9, 1));
        assertThat(stored.outcomes().get(2).document().title()).isEqualTo("Memorandum on mutual legal assistance");
        assertThat(stored.followUps()).extracting(FollowUpEntry::action).containsExactly("Send the draft MoU");

        var invitations = new InvitationService(data).summaries();
        assertThat(invitations).singleElement().satisfies(summary -> {
            assertThat(summary.invitation().extendedAtMeetingId()).isEqualTo(id);
            assertThat(summary.invitation().extendedOn()).isEqualTo(MAY_16);
            assertThat(summary.invitation().status()).isEqualTo(InvitationStatus.PENDING);
        });
        assertThat(new DocumentService(data).summaries()).singleElement()
                .satisfies(d -> assertThat(d.concludedOn()).isEqualTo(MAY_16));
        assertThat(new FollowUpService(data).open()).singleElement()
                .satisfies(f -> assertThat(f.followUp().meetingId()).isEqualTo(id));
    }

    @Test
    void aFailureAtTheLastStatementStoresNothing(@TempDir Path twin) {
        int lastStatement = statementsToSaveInATwinDatabase(twin);
        List<Integer> before = counts();

        AtomicInteger again = new AtomicInteger();
        MeetingLogService failing = new MeetingLogService(counting(again, lastStatement), DUSHANBE);
        assertThatThrownBy(() -> failing.save(fullEntry(), null)).hasMessageContaining("disk full");

        assertThat(again.get()).isEqualTo(lastStatement);
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void savingTheMeetingDeletesItsDraft() {
        DraftService drafts = new DraftService(data);
        drafts.save(new MeetingDraft("draft-1", null, "Yusuf Rahmon", "{}", Instant.parse("2024-05-16T06:00:00Z")));
        drafts.save(new MeetingDraft("draft-2", null, "Khusrav Noziri", "{}", Instant.parse("2024-05-16T07:00:00Z")));

        log.save(fullEntry(), "draft-1");

        assertThat(drafts.waiting()).extracting(MeetingDraft::key).containsExactly("draft-2");
    }

    @Test
    void everyFaultIsReportedAndNothingIsWritten() {
        List<Integer> before = counts();
        MeetingEntry bad = new MeetingEntry(null, MeetingKind.SIDELINE, null, LocalTime.of(10, 0), null, null, null,
                null, null, null, List.of(), List.of(), List.of(), "x".repeat(MeetingEntryRules.SUMMARY_LIMIT + 1),
                List.of(new OutcomeEntry(null, OutcomeKind.INVITATION, "Visit", invitationTerms(LocalDate.of(2024, 5, 1)),
                        null)),
                List.of(new FollowUpEntry(null, "Send", Party.US, null, LocalDate.of(2024, 5, 1))));
        MeetingEntry badDates = withDate(bad, MAY_16);

        assertThatThrownBy(() -> log.save(bad, null)).isInstanceOfSatisfying(InvalidEntryException.class,
                e -> assertThat(e.errors()).containsExactlyInAnyOrder(
                        new FieldError(MeetingFields.COUNTERPARTS, Problem.REQUIRED),
                        new FieldError(MeetingFields.DATE, Problem.REQUIRED),
                        new FieldError(MeetingFields.ZONE, Problem.TIME_NEEDS_ZONE),
                        new FieldError(MeetingFields.SUMMARY, Problem.TOO_LONG)));
        assertThat(log.check(badDates)).contains(
                new FieldError(MeetingFields.outcome(0, MeetingFields.REPLY_DEADLINE),
                        Problem.DEADLINE_BEFORE_EXTENSION),
                new FieldError(MeetingFields.followUp(0, MeetingFields.DUE), Problem.DUE_BEFORE_MEETING));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aSummaryOfExactlyTheLimitIsAccepted() {
        MeetingEntry entry = fullEntry();
        MeetingEntry atLimit = new MeetingEntry(null, entry.kind(), entry.date(), entry.time(), entry.zone(), null,
                null, null, null, null, entry.counterpartIds(), List.of(), List.of(),
                "x".repeat(MeetingEntryRules.SUMMARY_LIMIT), List.of(), List.of());
        assertThat(log.check(atLimit)).isEmpty();
    }

    @Test
    void anEditKeepsTheInvitationItCreatedAndDropsWhatWasRemoved() {
        long id = log.save(fullEntry(), null);
        MeetingEntry stored = log.entry(id).orElseThrow();
        long invitationId = stored.outcomes().get(1).invitation().invitationId();
        new InvitationLedger(data).accept(invitationId, MAY_16.plusDays(3));

        InvitationTerms moved = stored.outcomes().get(1).invitation();
        MeetingEntry edited = new MeetingEntry(id, stored.kind(), stored.date(), stored.time(), stored.zone(),
                stored.place(), null, null, null, null, List.of(rahmon), stored.ourParticipantIds(),
                List.of("Extradition"), "Edited", List.of(new OutcomeEntry(null, OutcomeKind.INVITATION, "Official visit",
                        new InvitationTerms(moved.invitationId(), moved.direction(), moved.occasion(), null,
                                moved.inviterPersonId(), null, moved.inviteePersonId(), null, null, null,
                                LocalDate.of(2024, 10, 1)), null)),
                List.of());
        log.save(edited, null);

        MeetingEntry again = log.entry(id).orElseThrow();
        assertThat(again.counterpartIds()).containsExactly(rahmon);
        assertThat(again.summary()).isEqualTo("Edited");
        assertThat(again.outcomes()).singleElement().satisfies(o -> {
            assertThat(o.invitation().invitationId()).isEqualTo(invitationId);
            assertThat(o.invitation().replyDeadline()).isEqualTo(LocalDate.of(2024, 10, 1));
        });
        assertThat(new InvitationService(data).summaries()).singleElement()
                .satisfies(s -> assertThat(s.invitation().status()).isEqualTo(InvitationStatus.ACCEPTED));
        assertThat(count("document")).isZero();
        assertThat(count("follow_up")).isZero();
    }

    @Test
    void anEditKeepsTheNameOfAnInvitationSideRecordedOnlyByName() {
        long id = log.save(fullEntry(), null);
        long invitationId = log.entry(id).orElseThrow().outcomes().get(1).invitation().invitationId();
        data.writeAll(s -> {
            Invitation i = s.invitations().find(invitationId).orElseThrow();
            s.invitations().update(new Invitation(i.id(), i.direction(), i.occasion(), i.description(),
                    i.inviterPersonId(), i.inviterOrganisationId(), null, null, i.place(), i.countryCode(),
                    i.proposedStart(), i.proposedEnd(), i.extendedOn(), i.extendedAtMeetingId(), i.replyDeadline(),
                    i.status(), i.fulfilledByTripId(), i.fulfilledByEventId(), i.notes(), i.proposedPrecision(),
                    "Former inviter", "Participants of the 28th Annual Conference", i.proposedEndPrecision()));
        });

        log.save(log.entry(id).orElseThrow(), null);

        Invitation kept = data.read((Stores s) -> s.invitations().find(invitationId)).orElseThrow();
        assertThat(kept.inviteeName()).isEqualTo("Participants of the 28th Annual Conference");
        assertThat(kept.inviterName()).isEqualTo("Former inviter");
    }

    @Test
    void anEditKeepsTheIdsOfTheAttendeesOutcomesAndFollowUpsThatStay() {
        long id = log.save(fullEntry(), null);
        MeetingEntry stored = log.entry(id).orElseThrow();
        Map<Long, Long> attendeeRows = attendeeRowIds(id);
        List<OutcomeEntry> outcomes = stored.outcomes();
        FollowUpEntry followUp = stored.followUps().get(0);

        MeetingEntry edited = new MeetingEntry(id, stored.kind(), stored.date(), stored.time(), stored.zone(),
                stored.place(), stored.city(), null, null, null, List.of(rahmon), stored.ourParticipantIds(),
                stored.topics(), "Edited",
                List.of(outcomes.get(1), outcomes.get(2), OutcomeEntry.text(OutcomeKind.REQUEST, "Visa support")),
                List.of(followUp, new FollowUpEntry(null, "Call back", Party.THEM, rahmon, null)));
        log.save(edited, null);

        MeetingEntry again = log.entry(id).orElseThrow();
        assertThat(again.outcomes()).extracting(OutcomeEntry::outcomeId).hasSize(3)
                .startsWith(outcomes.get(1).outcomeId(), outcomes.get(2).outcomeId())
                .doesNotContain(outcomes.get(0).outcomeId());
        assertThat(again.outcomes().get(0).invitation().invitationId())
                .isEqualTo(outcomes.get(1).invitation().invitationId());
        assertThat(again.outcomes().get(1).document().documentId())
                .isEqualTo(outcomes.get(2).document().documentId());
        assertThat(again.followUps()).extracting(FollowUpEntry::followUpId).hasSize(2)
                .contains(followUp.followUpId());
        assertThat(attendeeRowIds(id)).containsOnlyKeys(rahmon, principal)
                .containsEntry(rahmon, attendeeRows.get(rahmon))
                .containsEntry(principal, attendeeRows.get(principal));
    }

    @Test
    void anOutcomeEditedFromInvitationToTextKeepsItsIdAndDropsTheInvitation() {
        long id = log.save(fullEntry(), null);
        MeetingEntry stored = log.entry(id).orElseThrow();
        OutcomeEntry invitation = stored.outcomes().get(1);

        List<OutcomeEntry> outcomes = List.of(stored.outcomes().get(0),
                new OutcomeEntry(invitation.outcomeId(), OutcomeKind.AGREEMENT, "A visit, date to be agreed", null,
                        null), stored.outcomes().get(2));
        log.save(withOutcomes(stored, outcomes), null);

        MeetingEntry again = log.entry(id).orElseThrow();
        assertThat(again.outcomes().get(1)).isEqualTo(new OutcomeEntry(invitation.outcomeId(), OutcomeKind.AGREEMENT,
                "A visit, date to be agreed", null, null));
        assertThat(count("invitation")).isZero();
    }

    /** Each attendee's row in the link table, by person: the SQLite rowid, which a delete and insert would change. */
    private Map<Long, Long> attendeeRowIds(long meetingId) {
        return data.read(s -> s.dsl().select(MEETING_ATTENDEE.PERSON_ID, DSL.field(DSL.name("rowid"), Long.class))
                .from(MEETING_ATTENDEE).where(MEETING_ATTENDEE.MEETING_ID.eq(meetingId))
                .fetchMap(r -> r.value1(), r -> r.value2()));
    }

    private static MeetingEntry withOutcomes(MeetingEntry e, List<OutcomeEntry> outcomes) {
        return new MeetingEntry(e.meetingId(), e.kind(), e.date(), e.time(), e.zone(), e.place(), e.city(),
                e.countryCode(), e.tripId(), e.eventId(), e.counterpartIds(), e.ourParticipantIds(), e.topics(),
                e.summary(), outcomes, e.followUps());
    }

    private MeetingEntry fullEntry() {
        return new MeetingEntry(null, MeetingKind.SIDELINE, MAY_16, LocalTime.of(10, 30), DUSHANBE, "Hotel Hyatt",
                "Dushanbe", null, null, null, List.of(rahmon, movahedi), List.of(principal),
                List.of("Mutual legal assistance", "Extradition"), "Cooperation in MLA requests.",
                List.of(OutcomeEntry.text(OutcomeKind.AGREEMENT, "Exchange contact points"),
                        new OutcomeEntry(null, OutcomeKind.INVITATION, "Official visit to Azerbaijan",
                                invitationTerms(LocalDate.of(2024, 9, 1)), null),
                        new OutcomeEntry(null, OutcomeKind.DOCUMENT_SIGNED, "MoU signed", null,
                                new DocumentTerms(null, "Memorandum on mutual legal assistance",
                                        DocumentKind.MEMORANDUM, DocumentStatus.SIGNED, MAY_16, null))),
                List.of(new FollowUpEntry(null, "Send the draft MoU", Party.US, principal, MAY_16.plusDays(14))));
    }

    private InvitationTerms invitationTerms(LocalDate deadline) {
        return new InvitationTerms(null, InvitationDirection.OUTGOING, InvitationOccasion.OFFICIAL_VISIT, null,
                principal, null, movahedi, null, ApproximateDate.month(YearMonth.of(2025, 1)),
                ApproximateDate.month(YearMonth.of(2025, 6)), deadline);
    }

    private static MeetingEntry withDate(MeetingEntry e, LocalDate date) {
        return new MeetingEntry(e.meetingId(), e.kind(), date, e.time(), e.zone(), e.place(), e.city(),
                e.countryCode(), e.tripId(), e.eventId(), e.counterpartIds(), e.ourParticipantIds(), e.topics(),
                e.summary(), e.outcomes(), e.followUps());
    }

    /** How many statements saving the full entry runs, counted on a database in the same state as this one. */
    private int statementsToSaveInATwinDatabase(Path twin) {
        try (Database other = Database.open(twin)) {
            AtomicInteger statements = new AtomicInteger();
            addPeople(new DataStore(other.configuration()));
            new MeetingLogService(counting(other, statements, Integer.MAX_VALUE), DUSHANBE).save(fullEntry(), null);
            return statements.get();
        }
    }

    private List<Integer> counts() {
        return TABLES.stream().map(this::count).toList();
    }

    /** A data store that counts the statements it runs and fails the one numbered {@code failAt}. */
    private DataStore counting(AtomicInteger statements, int failAt) {
        return counting(database, statements, failAt);
    }

    private static DataStore counting(Database database, AtomicInteger statements, int failAt) {
        ExecuteListener listener = new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                if (statements.incrementAndGet() == failAt) {
                    throw new IllegalStateException("disk full");
                }
            }
        };
        return new DataStore(database.configuration().derive(new DefaultExecuteListenerProvider(listener)));
    }
}
