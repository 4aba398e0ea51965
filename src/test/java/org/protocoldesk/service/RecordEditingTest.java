package org.protocoldesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protocoldesk.model.CounterpartSummary;
import org.protocoldesk.model.Country;
import org.protocoldesk.model.DeleteEffect;
import org.protocoldesk.model.Document;
import org.protocoldesk.model.DocumentKind;
import org.protocoldesk.model.DocumentStatus;
import org.protocoldesk.model.Gift;
import org.protocoldesk.model.GiftDirection;
import org.protocoldesk.model.Invitation;
import org.protocoldesk.model.InvitationDirection;
import org.protocoldesk.model.InvitationOccasion;
import org.protocoldesk.model.InvitationStatus;
import org.protocoldesk.model.Meeting;
import org.protocoldesk.model.MeetingKind;
import org.protocoldesk.model.Organisation;
import org.protocoldesk.model.OrganisationKind;
import org.protocoldesk.model.OrganisationSummary;
import org.protocoldesk.model.Person;
import org.protocoldesk.model.Post;
import org.protocoldesk.model.PostHolding;
import org.protocoldesk.model.RecordKind;
import org.protocoldesk.model.RecordLink;
import org.protocoldesk.model.Side;
import org.protocoldesk.store.StoreTestSupport;

/** Editing the registry through the services: children keep their ids, posts pass on, look-alikes, links, notices. */
class RecordEditingTest extends StoreTestSupport {
    private final List<String> notices = new ArrayList<>();
    private CounterpartService counterparts;
    private OrganisationService organisations;
    private long eco;

    @BeforeEach
    void services() {
        DataChanges changes = (kind, id) -> notices.add(kind + " " + id);
        counterparts = new CounterpartService(data, changes);
        organisations = new OrganisationService(data, changes);
        eco = organisations.add(new Organisation(null, "Economic Cooperation Organization", "ECO",
                OrganisationKind.INTERNATIONAL_ORGANISATION, null, null)).id();
        notices.clear();
    }

    @Test
    void childrenKeepTheirIdsAcrossAnEdit() {
        Person stored = counterparts.add(Person.builder(Side.THEIRS, "Khusrav Noziri")
                .otherSpellings(List.of("Khusrav Nozirov"))
                .languages(List.of("Tajik", "Russian"))
                .gifts(List.of(new Gift(GiftDirection.GIVEN, "Book", null, null)))
                .posts(List.of(new Post(eco, "Secretary General", LocalDate.of(2021, 11, 1), null),
                        new Post(null, "Prosecutor", LocalDate.of(2010, 1, 1), LocalDate.of(2015, 1, 1))))
                .build());
        Post secretaryGeneral = stored.posts().get(1);

        Person edited = counterparts.save(stored.toBuilder().honorific("H.E.")
                .posts(List.of(stored.posts().get(0), secretaryGeneral.endedOn(LocalDate.of(2024, 7, 31))))
                .build());

        assertThat(edited.gifts()).extracting(Gift::id).isEqualTo(stored.gifts().stream().map(Gift::id).toList());
        assertThat(edited.posts()).extracting(Post::id).isEqualTo(stored.posts().stream().map(Post::id).toList());
        assertThat(edited.posts().get(1).to()).isEqualTo(LocalDate.of(2024, 7, 31));
        assertThat(edited.otherSpellings()).containsExactly("Khusrav Nozirov");
        assertThat(edited.languages()).containsExactly("Tajik", "Russian");
    }

    @Test
    void aPostHandedOverShowsOnBothPeopleAndAtTheOrganisation() {
        Person noziri = counterparts.add(Person.builder(Side.THEIRS, "Khusrav Noziri")
                .posts(List.of(new Post(eco, "Secretary General", LocalDate.of(2021, 11, 1), null))).build());
        Person khan = counterparts.add(Person.builder(Side.THEIRS, "Asad M. Khan").build());

        long postId = noziri.posts().get(0).id();
        Person ended = counterparts.endPost(noziri.id(), postId, LocalDate.of(2024, 7, 31));
        Person successor = counterparts.addPost(khan.id(),
                new Post(eco, "Secretary General", LocalDate.of(2024, 8, 1), null));

        assertThat(ended.posts()).singleElement().extracting(Post::id).isEqualTo(postId);
        assertThat(ended.currentPost()).isEmpty();
        assertThat(successor.currentPost()).map(Post::title).contains("Secretary General");
        assertThat(counterparts.postHolders(eco)).extracting(PostHolding::fullName)
                .containsExactly("Khusrav Noziri", "Asad M. Khan");
    }

    @Test
    void aCounterpartWithTheSameNameIgnoringAccentsAndCaseLooksAlike() {
        Person aliyev = counterparts.add(Person.builder(Side.THEIRS, "Kamran Əliyev").build());

        assertThat(counterparts.lookalikes(Person.builder(Side.THEIRS, "kamran aliyev").build()))
                .extracting(CounterpartSummary::id).containsExactly(aliyev.id());
        assertThat(counterparts.lookalikes(aliyev)).isEmpty();
    }

    @Test
    void aCounterpartWithTheSameFamilyNameAndCountryLooksAlike() {
        saveCountry();
        Person stored = counterparts.add(Person.builder(Side.THEIRS, "Ayşe Öztürk").familyName("Öztürk")
                .countryCode("TR").build());

        assertThat(counterparts.lookalikes(Person.builder(Side.THEIRS, "A. Ozturk").familyName("Ozturk")
                .countryCode("TR").build())).extracting(CounterpartSummary::id).containsExactly(stored.id());
    }

    @Test
    void anOrganisationKnownByItsShortNameInTheSameCountryLooksAlike() {
        saveCountry();
        long office = organisations.add(new Organisation(null, "Yargıtay Cumhuriyet Başsavcılığı", "YCB",
                OrganisationKind.PROSECUTORS_OFFICE, "TR", null)).id();

        assertThat(organisations.lookalikes(new Organisation(null, "ycb", null, OrganisationKind.PROSECUTORS_OFFICE,
                "TR", null))).extracting(o -> o.organisation().id()).containsExactly(office);
        assertThat(organisations.lookalikes(new Organisation(null, "ECONOMIC cooperation organization", null,
                OrganisationKind.OTHER, null, null))).extracting(OrganisationSummary::organisation)
                .extracting(Organisation::id).containsExactly(eco);
    }

    @Test
    void everyWriteIsAnnouncedAfterItIsCommitted() {
        Person added = counterparts.add(Person.builder(Side.THEIRS, "Yusuf Rahmon").build());
        counterparts.update(added.toBuilder().honorific("Mr").build());
        counterparts.delete(added.id());

        assertThat(notices).containsExactly("COUNTERPART " + added.id(), "COUNTERPART " + added.id(),
                "COUNTERPART " + added.id());
    }

    @Test
    void aRefusedWriteAnnouncesNothing() {
        Person added = counterparts.add(Person.builder(Side.THEIRS, "Yusuf Rahmon").build());
        notices.clear();

        assertThatThrownBy(() -> counterparts.update(added.toBuilder()
                .posts(List.of(new Post(9_999L, "Nowhere", null, null))).build()));
        assertThat(notices).isEmpty();
    }

    @Test
    void aCounterpartsLinksSayWhatTheDeleteDoesToEach() {
        Person inviter = counterparts.add(Person.builder(Side.THEIRS, "Mohammad Movahedi-Azad").build());
        long meeting = data.write(s -> s.meetings().insert(new Meeting(null, MeetingKind.SIDELINE, "Sideline",
                LocalDate.of(2024, 5, 16), null, null, ZoneId.of("Asia/Dushanbe"), null, null, null, null, null,
                null, List.of(inviter.id()), List.of(), List.of())).id());
        long invitation = data.write(s -> s.invitations().insert(new Invitation(null, InvitationDirection.INCOMING,
                InvitationOccasion.OFFICIAL_VISIT, "Visit to Iran", inviter.id(), null, null, eco, null, null, null,
                null, null, null, null, InvitationStatus.PENDING, null, null, null)).id());
        long signedThere = data.write(s -> s.documents().insert(new Document(null, DocumentKind.MEMORANDUM,
                "Memorandum on judicial training", DocumentStatus.SIGNED, LocalDate.of(2024, 5, 16), null, null, null,
                meeting, null, null, List.of())).id());

        List<RecordLink> links = new LinkService(data).linksTo(RecordKind.COUNTERPART, inviter.id());

        assertThat(links).extracting(RecordLink::kind, RecordLink::id, RecordLink::onDelete).containsExactly(
                tuple(RecordKind.MEETING, meeting, DeleteEffect.LINK_REMOVED),
                tuple(RecordKind.INVITATION, invitation, DeleteEffect.KEEPS_NAME),
                tuple(RecordKind.DOCUMENT, signedThere, DeleteEffect.UNCHANGED));
    }

    @Test
    void anOrganisationsLinksHoldTheMeetingsAttendedBySomeoneWhileHoldingAPostThere() {
        Person noziri = counterparts.add(Person.builder(Side.THEIRS, "Khusrav Noziri").posts(List.of(new Post(eco,
                "Secretary General", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)))).build());
        long inPost = meetingWith(noziri, LocalDate.of(2024, 5, 16));
        long before = meetingWith(noziri, LocalDate.of(2023, 9, 15));

        List<RecordLink> links = new LinkService(data).linksTo(RecordKind.ORGANISATION, eco);

        assertThat(links).filteredOn(link -> link.kind() == RecordKind.MEETING)
                .extracting(RecordLink::id, RecordLink::onDelete)
                .containsExactly(tuple(inPost, DeleteEffect.UNCHANGED));
        assertThat(links).extracting(RecordLink::id).doesNotContain(before);
    }

    private long meetingWith(Person person, LocalDate day) {
        return data.write(s -> s.meetings().insert(new Meeting(null, MeetingKind.BILATERAL, "Meeting on " + day, day,
                null, null, ZoneId.of("Asia/Dushanbe"), null, null, null, null, null, null, List.of(person.id()),
                List.of(), List.of())).id());
    }

    private void saveCountry() {
        data.writeAll(s -> s.countries().save(new Country("TR", "Türkiye")));
    }
}
