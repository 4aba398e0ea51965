package org.protocoldesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protocoldesk.model.Invitation;
import org.protocoldesk.model.InvitationDirection;
import org.protocoldesk.model.InvitationOccasion;
import org.protocoldesk.model.InvitationStatus;
import org.protocoldesk.model.InvitationSummary;
import org.protocoldesk.model.Organisation;
import org.protocoldesk.model.OrganisationKind;
import org.protocoldesk.model.Page;
import org.protocoldesk.store.StoreTestSupport;

class InvitationServiceTest extends StoreTestSupport {
    private InvitationService invitations;
    private long iap;
    private long office;

    @BeforeEach
    void service() {
        invitations = new InvitationService(data);
        OrganisationService organisations = new OrganisationService(data);
        iap = organisations.add(new Organisation(null, "International Association of Prosecutors", "IAP",
                OrganisationKind.INTERNATIONAL_ORGANISATION, null, null)).id();
        office = organisations.add(new Organisation(null, "Prosecutor General’s Office", null,
                OrganisationKind.PROSECUTORS_OFFICE, null, null)).id();
    }

    @Test
    void summariesListAnAddedInvitationWithItsInviter() {
        invitations.add(invitation(null, InvitationStatus.PENDING));
        assertThat(invitations.summaries(Page.ALL)).extracting(i -> i.inviter().organisation())
                .containsExactly("International Association of Prosecutors");
    }

    @Test
    void anInvitationUpdatedToAcceptedNoLongerAwaitsADecision() {
        Invitation added = invitations.add(invitation(null, InvitationStatus.PENDING));
        invitations.update(invitation(added.id(), InvitationStatus.ACCEPTED));
        assertThat(invitations.awaitingDecision()).isEmpty();
    }

    private Invitation invitation(Long id, InvitationStatus status) {
        return new Invitation(id, InvitationDirection.INCOMING, InvitationOccasion.CONFERENCE, null, null, iap, null,
                office, null, null, null, null, null, null, LocalDate.of(2024, 6, 30), status, null, null, null);
    }
}
