package org.protocoldesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protocoldesk.model.Country;
import org.protocoldesk.model.Invitation;
import org.protocoldesk.model.InvitationDirection;
import org.protocoldesk.model.InvitationOccasion;
import org.protocoldesk.model.InvitationStatus;
import org.protocoldesk.model.InvitationSummary;
import org.protocoldesk.model.PartyNames;
import org.protocoldesk.model.Meeting;
import org.protocoldesk.model.MeetingKind;
import org.protocoldesk.model.Organisation;
import org.protocoldesk.model.OrganisationKind;
import org.protocoldesk.model.Side;

class InvitationStoreTest extends StoreTestSupport {
    private static final LocalDate TODAY = LocalDate.of(2024, 6, 10);

    private long aliyev;
    private long movahediAzad;
    private long azerbaijanOffice;
    private long iap;
    private long meetingId;
    private long tripId;
    private long eventId;

    @BeforeEach
    void referencedRows() {
        data.writeAll(s -> {
            s.countries().save(new Country("AZ", "Azerbaijan"));
            s.countries().save(new Country("IR", "Iran"));
            aliyev = ReferencedRows.person(s, Side.OURS, "Kamran Aliyev");
            movahediAzad = ReferencedRows.person(s, Side.THEIRS, "Mohammad Movahedi-Azad");
            azerbaijanOffice = s.organisations().insert(new Organisation(null,
                    "Prosecutor General’s Office of Azerbaijan", null, OrganisationKind.PROSECUTORS_OFFICE, "AZ",
                    null)).id();
            iap = s.organisations().insert(new Organisation(null, "International Association of Prosecutors", "IAP",
                    OrganisationKind.INTERNATIONAL_ORGANISATION, null, null)).id();
            meetingId = s.meetings().insert(new Meeting(null, MeetingKind.SIDELINE, null, LocalDate.of(2024, 5, 16),
                    null, null, ZoneId.of("Asia/Dushanbe"), null, "Dushanbe", null, null, null, null,
                    List.of(aliyev, movahediAzad), List.of(), List.of())).id();
            tripId = ReferencedRows.trip(s, "Official visit of Iran’s Prosecutor General", LocalDate.of(2024, 9, 1),
                    LocalDate.of(2024, 9, 3));
            eventId = ReferencedRows.event(s, "29th Annual Conference of the IAP", LocalDate.of(2024, 9, 1),
                    LocalDate.of(2024, 9, 5));
        });
    }

    @Test
    void everyFieldSurvivesARoundTrip() {
        Invitation written = new Invitation(null, InvitationDirection.OUTGOING, InvitationOccasion.OFFICIAL_VISIT,
                "Official visit to Azerbaijan — «invitation»", aliyev, azerbaijanOffice, movahediAzad, iap, "Bakı",
                "AZ", LocalDate.of(2024, 9, 1), LocalDate.of(2024, 9, 3), LocalDate.of(2024, 5, 16), meetingId,
                LocalDate.of(2024, 7, 1), InvitationStatus.FULFILLED, tripId, eventId, "Nowruz greetings sent");
        Invitation stored = data.write(s -> s.invitations().insert(written));
        assertThat(stored.id()).isNotNull();
        assertThat(data.read((Stores s) -> s.invitations().find(stored.id()))).contains(stored);
    }

    @Test
    void anUpdateChangesTheStoredInvitation() {
        Invitation stored = data.write(s -> s.invitations().insert(pending(aliyev, null, TODAY)));
        Invitation accepted = new Invitation(stored.id(), InvitationDirection.INCOMING, InvitationOccasion.CONFERENCE,
                "Conference", null, iap, aliyev, azerbaijanOffice, "Baku", "AZ", null, null, null, null, TODAY,
                InvitationStatus.ACCEPTED, null, eventId, null);
        data.writeAll(s -> s.invitations().update(accepted));
        assertThat(data.read((Stores s) -> s.invitations().find(stored.id()))).contains(accepted);
    }

    @Test
    void summariesGiveThePersonTheOrganisationOrBothApart() {
        data.writeAll(s -> {
            s.invitations().insert(pending(aliyev, null, null));
            s.invitations().insert(pending(null, iap, null));
            s.invitations().insert(pending(aliyev, azerbaijanOffice, null));
        });
        assertThat(data.read((Stores s) -> s.invitations().summaries())).extracting(InvitationSummary::inviter)
                .containsExactlyInAnyOrder(new PartyNames("Kamran Aliyev", null, null),
                        new PartyNames(null, "International Association of Prosecutors", null),
                        new PartyNames("Kamran Aliyev", "Prosecutor General’s Office of Azerbaijan", null));
    }

    @Test
    void aSummaryNamesInviterAndInviteeApartAndTheCountry() {
        Invitation stored = data.write(s -> s.invitations().insert(new Invitation(null, InvitationDirection.OUTGOING,
                InvitationOccasion.OFFICIAL_VISIT, null, aliyev, azerbaijanOffice, movahediAzad, null, null, "AZ", null,
                null, LocalDate.of(2024, 5, 16), meetingId, null, InvitationStatus.PENDING, null, null, null)));
        assertThat(data.read((Stores s) -> s.invitations().summaries())).containsExactly(new InvitationSummary(stored,
                new PartyNames("Kamran Aliyev", "Prosecutor General’s Office of Azerbaijan", null),
                new PartyNames("Mohammad Movahedi-Azad", null, null), "Azerbaijan"));
    }

    @Test
    void summariesListTheLatestProposedStartFirstAndUndatedLast() {
        data.writeAll(s -> {
            s.invitations().insert(proposedOn(null));
            s.invitations().insert(proposedOn(LocalDate.of(2023, 9, 14)));
            s.invitations().insert(proposedOn(LocalDate.of(2024, 9, 1)));
        });
        assertThat(data.read((Stores s) -> s.invitations().summaries()))
                .extracting(i -> i.invitation().proposedStart())
                .containsExactly(LocalDate.of(2024, 9, 1), LocalDate.of(2023, 9, 14), null);
    }

    @Test
    void awaitingDecisionListsPendingInvitationsNearestDeadlineFirstAndUndatedLast() {
        data.writeAll(s -> {
            s.invitations().insert(pending(aliyev, null, TODAY.plusDays(30)));
            s.invitations().insert(pending(aliyev, null, null));
            s.invitations().insert(pending(aliyev, null, TODAY.minusDays(1)));
            s.invitations().insert(pending(aliyev, null, TODAY));
        });
        assertThat(data.read((Stores s) -> s.invitations().awaitingDecision()))
                .extracting(i -> i.invitation().replyDeadline())
                .containsExactly(TODAY.minusDays(1), TODAY, TODAY.plusDays(30), null);
    }

    @Test
    void awaitingDecisionLeavesOutInvitationsAlreadyDecided() {
        data.writeAll(s -> {
            for (InvitationStatus status : List.of(InvitationStatus.ACCEPTED, InvitationStatus.DECLINED,
                    InvitationStatus.FULFILLED, InvitationStatus.LAPSED)) {
                s.invitations().insert(new Invitation(null, InvitationDirection.INCOMING, InvitationOccasion.OTHER,
                        null, null, iap, aliyev, null, null, null, null, null, null, null, TODAY, status, null, null,
                        null));
            }
        });
        assertThat(data.read((Stores s) -> s.invitations().awaitingDecision())).isEmpty();
    }

    @Test
    void anUnknownInviteeIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> data.write(s -> s.invitations().insert(new Invitation(null,
                InvitationDirection.OUTGOING, InvitationOccasion.OFFICIAL_VISIT, null, aliyev, null, 999L, null, null,
                null, null, null, null, null, null, InvitationStatus.PENDING, null, null, null))))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("FOREIGN KEY");
        assertThat(count("invitation")).isZero();
    }

    @Test
    void anUnknownFulfillingTripIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> data.write(s -> s.invitations().insert(new Invitation(null,
                InvitationDirection.OUTGOING, InvitationOccasion.OFFICIAL_VISIT, null, aliyev, null, movahediAzad,
                null, null, null, null, null, null, null, null, InvitationStatus.FULFILLED, 999L, null, null))))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("FOREIGN KEY");
        assertThat(count("invitation")).isZero();
    }

    @Test
    void theDatabaseRefusesAStatusOutsideTheList() {
        assertThatThrownBy(() -> data.writeAll(s -> s.dsl().execute(
                "INSERT INTO invitation (direction, occasion, inviter_person_id, invitee_organisation_id, status) "
                        + "VALUES ('incoming', 'conference', " + aliyev + ", " + iap + ", 'maybe')")))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("CHECK");
        assertThat(count("invitation")).isZero();
    }

    @Test
    void theDatabaseRefusesProposedDatesEndingBeforeTheyStart() {
        assertThatThrownBy(() -> data.writeAll(s -> s.dsl().execute(
                "INSERT INTO invitation (direction, occasion, inviter_person_id, invitee_organisation_id, "
                        + "proposed_start, proposed_end) VALUES ('incoming', 'conference', " + aliyev + ", " + iap
                        + ", '2024-09-05', '2024-09-01')")))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("CHECK");
        assertThat(count("invitation")).isZero();
    }

    private Invitation pending(Long inviterPerson, Long inviterOrganisation, LocalDate replyDeadline) {
        return new Invitation(null, InvitationDirection.INCOMING, InvitationOccasion.CONFERENCE, null, inviterPerson,
                inviterOrganisation, null, azerbaijanOffice, null, null, null, null, null, null, replyDeadline,
                InvitationStatus.PENDING, null, null, null);
    }

    private Invitation proposedOn(LocalDate start) {
        return new Invitation(null, InvitationDirection.INCOMING, InvitationOccasion.CONFERENCE, null, null, iap, null,
                azerbaijanOffice, null, null, start, null, null, null, null, InvitationStatus.PENDING, null, null,
                null);
    }
}
