package org.protocoldesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.protocoldesk.model.ApproximateDate;
import org.protocoldesk.model.DatePrecision;
import org.protocoldesk.model.Invitation;
import org.protocoldesk.model.InvitationAction;
import org.protocoldesk.store.Stores;
import org.protocoldesk.model.InvitationChange;
import org.protocoldesk.model.InvitationDirection;
import org.protocoldesk.model.InvitationOccasion;
import org.protocoldesk.model.InvitationStatus;
import org.protocoldesk.model.Meeting;
import org.protocoldesk.model.MeetingKind;
import org.protocoldesk.model.Page;
import org.protocoldesk.model.Person;
import org.protocoldesk.model.Side;
import org.protocoldesk.model.Trip;
import org.protocoldesk.model.TripStatus;
import org.protocoldesk.store.StoreTestSupport;

class InvitationLedgerTest extends StoreTestSupport {
    private static final LocalDate EXTENDED = LocalDate.of(2024, 5, 16);
    private static final LocalDate DECIDED = LocalDate.of(2024, 6, 3);
    private static final LocalDate FULFILLED = LocalDate.of(2025, 3, 10);

    private InvitationLedger ledger;
    private InvitationService invitations;
    private long trip;
    private long movahedi;
    private long principal;

    @BeforeEach
    void ledger() {
        ledger = new InvitationLedger(data);
        invitations = new InvitationService(data);
        CounterpartService people = new CounterpartService(data);
        movahedi = people.add(Person.builder(Side.THEIRS, "Mohammad Movahedi-Azad").build()).id();
        principal = people.add(Person.builder(Side.OURS, "Kamran Əliyev").build()).id();
        trip = new TripService(data).add(new Trip(null, "Official visit to Tehran", null, null, FULFILLED,
                FULFILLED.plusDays(3), TripStatus.COMPLETED, null, List.of(), List.of(), List.of())).id();
    }

    @Test
    void anAcceptedInvitationFulfilledByATripShowsItsWholeHistory() {
        long id = pending();
        ledger.accept(id, DECIDED);
        ledger.fulfil(id, FULFILLED, trip, null);

        assertThat(find(id).status()).isEqualTo(InvitationStatus.FULFILLED);
        assertThat(find(id).fulfilledByTripId()).isEqualTo(trip);
        assertThat(ledger.history(id)).containsExactly(
                new InvitationChange(InvitationStatus.PENDING, EXTENDED, null),
                new InvitationChange(InvitationStatus.ACCEPTED, DECIDED, null),
                new InvitationChange(InvitationStatus.FULFILLED, FULFILLED, null));
    }

    @Test
    void aDeclineKeepsItsReason() {
        long id = pending();
        ledger.decline(id, DECIDED, "Clashes with the budget session");
        assertThat(find(id).status()).isEqualTo(InvitationStatus.DECLINED);
        assertThat(ledger.history(id)).last()
                .isEqualTo(new InvitationChange(InvitationStatus.DECLINED, DECIDED, "Clashes with the budget session"));
    }

    @Test
    void aDeclineWithoutAReasonIsRefused() {
        long id = pending();
        assertThatThrownBy(() -> ledger.decline(id, DECIDED, " ")).isInstanceOf(InvalidEntryException.class);
        assertThat(find(id).status()).isEqualTo(InvitationStatus.PENDING);
        assertThat(count("invitation_status_change")).isZero();
    }

    @Test
    void aPendingInvitationLapses() {
        long id = pending();
        ledger.lapse(id, DECIDED);
        assertThat(find(id).status()).isEqualTo(InvitationStatus.LAPSED);
    }

    @Test
    void anInvitationWhoseFateNoSourceStatesIsNotRecordedAndNoLongerAwaitsADecision() {
        long id = pending();
        ledger.markNotRecorded(id, DECIDED);

        assertThat(find(id).status()).isEqualTo(InvitationStatus.NOT_RECORDED);
        assertThat(ledger.history(id)).last().isEqualTo(new InvitationChange(InvitationStatus.NOT_RECORDED, DECIDED,
                null));
        assertThat(data.read((Stores s) -> s.invitations().awaitingDecision())).extracting(i -> i.invitation().id())
                .doesNotContain(id);
    }

    @Test
    void anAcceptedInvitationCanStillLapse() {
        long id = pending();
        ledger.accept(id, DECIDED);
        ledger.lapse(id, FULFILLED);
        assertThat(find(id).status()).isEqualTo(InvitationStatus.LAPSED);
    }

    @Test
    void fulfillingNeedsTheTripOrEventThatFulfilledIt() {
        long id = pending();
        ledger.accept(id, DECIDED);
        assertThatThrownBy(() -> ledger.fulfil(id, FULFILLED, null, null)).isInstanceOf(InvalidEntryException.class);
        assertThat(find(id).status()).isEqualTo(InvitationStatus.ACCEPTED);
    }

    @Test
    void onlyTheValidActionsAreOffered() {
        assertThat(InvitationAction.offeredFrom(InvitationStatus.PENDING)).containsExactly(InvitationAction.ACCEPT,
                InvitationAction.DECLINE, InvitationAction.LAPSE, InvitationAction.MARK_NOT_RECORDED);
        assertThat(InvitationAction.offeredFrom(InvitationStatus.ACCEPTED)).containsExactly(InvitationAction.FULFIL,
                InvitationAction.LAPSE, InvitationAction.MARK_NOT_RECORDED);
        assertThat(InvitationAction.offeredFrom(InvitationStatus.NOT_RECORDED)).containsExactly(
                InvitationAction.ACCEPT, InvitationAction.DECLINE, InvitationAction.FULFIL, InvitationAction.LAPSE);
        assertThat(InvitationAction.offeredFrom(InvitationStatus.DECLINED)).isEmpty();
        assertThat(InvitationAction.offeredFrom(InvitationStatus.FULFILLED)).isEmpty();
        assertThat(InvitationAction.offeredFrom(InvitationStatus.LAPSED)).isEmpty();
    }

    /** Every action not offered from a status is refused by the service, and nothing changes. */
    @ParameterizedTest
    @EnumSource(InvitationStatus.class)
    void theServiceRefusesEveryActionNotOffered(InvitationStatus status) {
        for (InvitationAction action : InvitationAction.values()) {
            if (action.allowedFrom(status)) {
                continue;
            }
            long id = inStatus(status);
            int changesBefore = count("invitation_status_change");
            assertThatThrownBy(() -> perform(action).accept(id))
                    .as("%s from %s", action, status)
                    .isInstanceOf(InvalidTransitionException.class);
            assertThat(find(id).status()).isEqualTo(status);
            assertThat(count("invitation_status_change")).isEqualTo(changesBefore);
        }
    }

    @Test
    void anInvitationRecordedOnItsOwnIsLinkedToAMeetingLater() {
        long id = pending();
        long meeting = new MeetingService(data).add(new Meeting(null, MeetingKind.SIDELINE, null, EXTENDED, null,
                null, ZoneId.of("Asia/Dushanbe"), null, null, null, null, null, null, List.of(), List.of(),
                List.of())).id();
        ledger.linkToMeeting(id, meeting);
        assertThat(find(id).extendedAtMeetingId()).isEqualTo(meeting);
    }

    @Test
    void decisionsAndLinksKeepApproximateProposedDatesAndPartyNames() {
        Invitation approximate = invitations.add(new Invitation(null, InvitationDirection.INCOMING,
                InvitationOccasion.CONFERENCE, null, null, null, principal, null, null, null, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 6, 1), EXTENDED, null, null, InvitationStatus.PENDING, null, null, null,
                DatePrecision.MONTH, "Council of Prosecutors General", null, DatePrecision.MONTH));
        long meeting = new MeetingService(data).add(new Meeting(null, MeetingKind.SIDELINE, null, EXTENDED, null,
                null, ZoneId.of("Asia/Dushanbe"), null, null, null, null, null, null, List.of(), List.of(),
                List.of())).id();

        ledger.linkToMeeting(approximate.id(), meeting);
        ledger.accept(approximate.id(), DECIDED);

        Invitation kept = find(approximate.id());
        assertThat(kept.proposedFrom()).isEqualTo(ApproximateDate.month(YearMonth.of(2026, 1)));
        assertThat(kept.proposedTo()).isEqualTo(ApproximateDate.month(YearMonth.of(2026, 6)));
        assertThat(kept.inviterName()).isEqualTo("Council of Prosecutors General");
        assertThat(kept.extendedAtMeetingId()).isEqualTo(meeting);
    }

    @Test
    void eachGroupListsOneStatusAndOneDirectionPendingByNearestDeadline() {
        long later = pending(EXTENDED.plusMonths(3));
        long sooner = pending(EXTENDED.plusMonths(1));
        long undated = pending(null);
        long accepted = inStatus(InvitationStatus.ACCEPTED);

        assertThat(invitations.inGroup(InvitationStatus.PENDING, InvitationDirection.INCOMING, Page.ALL))
                .extracting(summary -> summary.invitation().id()).containsExactly(sooner, later, undated);
        assertThat(invitations.inGroup(InvitationStatus.PENDING, InvitationDirection.OUTGOING, Page.ALL)).isEmpty();
        assertThat(invitations.inGroup(InvitationStatus.ACCEPTED, InvitationDirection.INCOMING, Page.ALL))
                .extracting(summary -> summary.invitation().id()).containsExactly(accepted);
        assertThat(invitations.inGroup(InvitationStatus.PENDING, InvitationDirection.INCOMING, Page.first(1)))
                .extracting(summary -> summary.invitation().id()).containsExactly(sooner);
    }

    private long pending(LocalDate deadline) {
        return invitations.add(new Invitation(null, InvitationDirection.INCOMING, InvitationOccasion.OFFICIAL_VISIT,
                null, movahedi, null, principal, null, null, null, null, null, EXTENDED, null, deadline,
                InvitationStatus.PENDING, null, null, null)).id();
    }

    private Consumer<Long> perform(InvitationAction action) {
        return switch (action) {
            case ACCEPT -> id -> ledger.accept(id, DECIDED);
            case DECLINE -> id -> ledger.decline(id, DECIDED, "No");
            case FULFIL -> id -> ledger.fulfil(id, FULFILLED, trip, null);
            case LAPSE -> id -> ledger.lapse(id, DECIDED);
            case MARK_NOT_RECORDED -> id -> ledger.markNotRecorded(id, DECIDED);
        };
    }

    private long inStatus(InvitationStatus status) {
        long id = pending();
        switch (status) {
            case PENDING -> { }
            case ACCEPTED -> ledger.accept(id, DECIDED);
            case DECLINED -> ledger.decline(id, DECIDED, "No");
            case FULFILLED -> {
                ledger.accept(id, DECIDED);
                ledger.fulfil(id, FULFILLED, trip, null);
            }
            case LAPSED -> ledger.lapse(id, DECIDED);
            case NOT_RECORDED -> ledger.markNotRecorded(id, DECIDED);
        }
        return id;
    }

    private long pending() {
        return invitations.add(new Invitation(null, InvitationDirection.INCOMING, InvitationOccasion.OFFICIAL_VISIT,
                null, movahedi, null, principal, null, null, null, null, null, EXTENDED, null, EXTENDED.plusMonths(2),
                InvitationStatus.PENDING, null, null, null)).id();
    }

    private Invitation find(long id) {
        return invitations.summaries().stream().map(s -> s.invitation()).filter(i -> i.id() == id).findFirst()
                .orElseThrow();
    }
}
