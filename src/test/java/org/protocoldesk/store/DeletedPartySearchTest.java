package org.protocoldesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.protocoldesk.model.Invitation;
import org.protocoldesk.model.InvitationDirection;
import org.protocoldesk.model.InvitationOccasion;
import org.protocoldesk.model.InvitationStatus;
import org.protocoldesk.model.Organisation;
import org.protocoldesk.model.OrganisationKind;
import org.protocoldesk.model.Person;
import org.protocoldesk.model.Post;
import org.protocoldesk.model.RecordKind;
import org.protocoldesk.model.SearchHit;
import org.protocoldesk.model.Side;

/** A deleted party's name, kept by the invitations that named it, is found by the search on those invitations. */
class DeletedPartySearchTest extends StoreTestSupport {

    private List<SearchHit> search(String text) {
        return data.read((Stores s) -> s.search().search(text, 20));
    }

    private long organisation(String name) {
        return data.write(s -> s.organisations().insert(new Organisation(null, name, null,
                OrganisationKind.INTERNATIONAL_ORGANISATION, null, null)).id());
    }

    /** An invitation from {@code person} to {@code organisation}. */
    private long invitationFrom(long person, long organisation) {
        return data.write(s -> s.invitations().insert(new Invitation(null, InvitationDirection.INCOMING,
                InvitationOccasion.OFFICIAL_VISIT, "Visit to Iran", person, null, null, organisation, null, null,
                null, null, null, null, null, InvitationStatus.PENDING, null, null, null)).id());
    }

    @Test
    void deletingTheOnlyInviterMakesTheInvitationFoundByTheirName() {
        long inviter = data.write(s -> s.persons().insert(Person.builder(Side.THEIRS, "Mohammad Movahedi-Azad")
                .build()).id());
        long invitation = invitationFrom(inviter, organisation("Prosecutor General's Office"));

        data.writeAll(s -> s.persons().delete(inviter));

        assertThat(search("movahedi")).extracting(SearchHit::kind, SearchHit::id)
                .containsExactly(tuple(RecordKind.INVITATION, invitation));
    }

    @Test
    void deletingAnOrganisationRefreshesItsInvitationsAndThePeopleWithPostsThere() {
        long eco = organisation("Economic Cooperation Organization");
        long person = data.write(s -> s.persons().insert(Person.builder(Side.THEIRS, "Khusrav Noziri")
                .posts(List.of(new Post(eco, "Secretary General", null, null))).build()).id());
        long invitation = invitationFrom(person, eco);

        data.writeAll(s -> s.organisations().delete(eco));

        assertThat(search("cooperation")).extracting(SearchHit::kind, SearchHit::id)
                .containsExactly(tuple(RecordKind.INVITATION, invitation));
    }
}
