package org.protocoldesk.model;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InvitationTest {

    @Test
    void anInvitationWithNeitherInviterPersonNorOrganisationIsRefused() {
        assertThatThrownBy(() -> invitation(null, null, 2L, InvitationStatus.PENDING, null, null))
                .isInstanceOf(InvalidRecordException.class)
                .hasFieldOrPropertyWithValue("field", "inviter");
    }

    @Test
    void anInvitationWithNeitherInviteePersonNorOrganisationIsRefused() {
        assertThatThrownBy(() -> invitation(1L, null, null, InvitationStatus.PENDING, null, null))
                .isInstanceOf(InvalidRecordException.class)
                .hasFieldOrPropertyWithValue("field", "invitee");
    }

    @Test
    void anInvitationWithoutAStatusIsRefused() {
        assertThatThrownBy(() -> invitation(1L, null, 2L, null, null, null))
                .isInstanceOf(InvalidRecordException.class)
                .hasFieldOrPropertyWithValue("field", "invitation status");
    }

    @Test
    void proposedDatesEndingBeforeTheyStartAreRefused() {
        assertThatThrownBy(() -> invitation(1L, null, 2L, InvitationStatus.PENDING, LocalDate.of(2024, 9, 5),
                LocalDate.of(2024, 9, 1)))
                .isInstanceOf(InvalidRecordException.class)
                .hasFieldOrPropertyWithValue("field", "proposed dates");
    }

    private static Invitation invitation(Long inviterPerson, Long inviterOrganisation, Long inviteePerson,
                                         InvitationStatus status, LocalDate proposedStart, LocalDate proposedEnd) {
        return new Invitation(null, InvitationDirection.OUTGOING, InvitationOccasion.OFFICIAL_VISIT, null,
                inviterPerson, inviterOrganisation, inviteePerson, null, null, null, proposedStart, proposedEnd, null,
                null, null, status, null, null, null);
    }
}
