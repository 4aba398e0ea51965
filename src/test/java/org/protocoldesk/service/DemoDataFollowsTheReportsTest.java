package org.protocoldesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protocoldesk.model.DatePrecision;
import org.protocoldesk.model.Document;
import org.protocoldesk.model.DocumentStatus;
import org.protocoldesk.model.DocumentSummary;
import org.protocoldesk.model.Invitation;
import org.protocoldesk.model.InvitationStatus;
import org.protocoldesk.model.InvitationSummary;
import org.protocoldesk.model.Meeting;
import org.protocoldesk.model.MeetingSummary;
import org.protocoldesk.model.Outcome;
import org.protocoldesk.model.OutcomeKind;
import org.protocoldesk.model.Person;
import org.protocoldesk.model.PersonChoice;
import org.protocoldesk.model.Post;
import org.protocoldesk.model.Trip;
import org.protocoldesk.model.TripStatus;
import org.protocoldesk.model.TripSummary;
import org.protocoldesk.store.StoreTestSupport;

/** The demo data says what the four reports in docs say, and no more (issue 5's list of corrections). */
class DemoDataFollowsTheReportsTest extends StoreTestSupport {
    private List<PersonChoice> people;

    @BeforeEach
    void demo() {
        new DemoDataService(data).load();
        people = data.read(s -> s.persons().choices());
    }

    @Test
    void aliAlizadehIsOnePersonHoldingBothPostsTheBakuReportGivesHimOnThatDay() {
        Person ali = person("Ali Alizadeh");

        assertThat(ali.posts()).extracting(Post::title).containsExactlyInAnyOrder("Ambassador of Azerbaijan to Iran",
                "Permanent Representative of Azerbaijan to the Economic Cooperation Organization");
        assertThat(ali.posts()).extracting(Post::heldOn).containsOnly(LocalDate.of(2023, 9, 15));
        assertThat(people).extracting(PersonChoice::fullName).noneMatch(name -> name.startsWith("Ambassador"));
    }

    @Test
    void theEcoSecretariesGeneralAreSeenInPostOnTheDayTheReportsNameThemWithNoInventedTerm() {
        Post noziri = person("Khusrav Noziri").posts().get(0);
        Post khan = person("Asad M. Khan").posts().get(0);

        assertThat(List.of(noziri, khan)).allSatisfy(post -> {
            assertThat(post.title()).isEqualTo("Secretary General");
            assertThat(post.from()).isNull();
            assertThat(post.to()).isNull();
        });
        assertThat(noziri.heldOn()).isEqualTo(LocalDate.of(2024, 5, 16));
        assertThat(khan.heldOn()).isEqualTo(LocalDate.of(2024, 11, 15));
    }

    @Test
    void visitsThatTheReportsDoNotDateToTheDayAreKeptToTheMonth() {
        TripService trips = new TripService(data);

        assertThat(trips.summaries()).filteredOn(t -> !t.title().startsWith("Tashkent"))
                .extracting(TripSummary::id).map(id -> trips.find(id).orElseThrow())
                .extracting(Trip::datePrecision).containsOnly(DatePrecision.MONTH);
    }

    @Test
    void noDocumentIsSignedAndNoneHasPartiesTheReportsDoNotName() {
        DocumentService documents = new DocumentService(data);

        assertThat(documents.summaries()).extracting(DocumentSummary::status).doesNotContain(DocumentStatus.SIGNED);
        assertThat(documents.summaries()).map(d -> documents.find(d.id()).orElseThrow())
                .flatExtracting(Document::parties).isEmpty();
        assertThat(meetings()).flatExtracting(Meeting::outcomes).extracting(Outcome::kind)
                .doesNotContain(OutcomeKind.DOCUMENT_SIGNED);
    }

    @Test
    void emphasisingTheNeedToCooperateIsNotRecordedAsAnAgreement() {
        assertThat(meeting("Meeting with Rashideen Nawaz Kasuri, Deputy Attorney General for Pakistan").outcomes())
                .extracting(Outcome::kind).doesNotContain(OutcomeKind.AGREEMENT);
    }

    @Test
    void theAwardOfMeritIsQuotedAsTheReportWordsItNotStatedAsAFact() {
        String summary = meeting("Special group of the IAP Anti-Corruption Prosecutor's Network").summary();

        assertThat(summary).contains("'The meeting was chaired by Isfandiyar Hajiyev, Head of the Anti-Corruption "
                + "Department of the Prosecutor General's Office, and was honored with the Association's Award of Merit'");
        assertThat(summary).doesNotContain("was honoured with");
    }

    @Test
    void bothEcoPlenariesListEveryoneTheReportsNameThere() {
        assertThat(attendees("4th Meeting of the Attorneys/Prosecutors General of the ECO Member States")).contains(
                "Kamran Aliyev", "Ali Alizadeh", "Jandos Asanov", "Prosecutor General of Türkiye",
                "Prosecutor General of Uzbekistan", "Prosecutor General of Iran", "Prosecutor General of Kazakhstan",
                "Prosecutor General of Kyrgyzstan", "Prosecutor General of Tajikistan", "Minister of Justice of Türkiye",
                "Deputy Prosecutor General of Turkmenistan");
        assertThat(attendees("5th Meeting of the Attorneys/Prosecutors General of the ECO Member States")).contains(
                "Kamran Aliyev", "Yusuf Rahmon", "Mohammad Movahedi-Azad", "Rashideen Nawaz Kasuri", "Khusrav Noziri",
                "Attorney General of Saudi Arabia");
    }

    @Test
    void noInviterOrInviteeIsInventedForTheEcoMeetingsOrTheIapConference() {
        List<Invitation> invitations = data.read(s -> s.invitations().summaries()).stream()
                .map(InvitationSummary::invitation).toList();

        assertThat(invitations).filteredOn(i -> i.description().contains("ECO Member States"))
                .isNotEmpty().allSatisfy(i -> {
                    assertThat(i.inviterOrganisationId()).isNull();
                    assertThat(i.inviterName()).contains("Meeting of the Attorneys/Prosecutors General");
                });
        assertThat(invitations).filteredOn(i -> i.description().startsWith("29th Conference"))
                .singleElement().satisfies(i -> {
                    assertThat(i.inviteeOrganisationId()).isNull();
                    assertThat(i.proposedPrecision()).isEqualTo(DatePrecision.MONTH);
                });
    }

    @Test
    void aStateNoReportStatesIsNotRecordedRatherThanPlannedOrPending() {
        List<TripSummary> trips = new TripService(data).summaries();
        List<Invitation> invitations = data.read(s -> s.invitations().summaries()).stream()
                .map(InvitationSummary::invitation).toList();

        assertThat(trips).filteredOn(t -> t.title().startsWith("Tashkent")).singleElement()
                .extracting(TripSummary::status).isEqualTo(TripStatus.NOT_RECORDED);
        assertThat(invitations).filteredOn(i -> i.description().startsWith("29th Conference")).singleElement()
                .extracting(Invitation::status).isEqualTo(InvitationStatus.NOT_RECORDED);
    }

    @Test
    void placeholderPeopleAreNamedByTheirPostWithTheExplanationInTheirProfile() {
        assertThat(people).extracting(PersonChoice::fullName).noneMatch(name -> name.contains("not recorded"));
        assertThat(person("Prosecutor General of Türkiye").profileSource()).contains("Name not recorded");
    }

    private Person person(String fullName) {
        long id = people.stream().filter(p -> p.fullName().equals(fullName)).findFirst().orElseThrow().id();
        return data.read(s -> s.persons().find(id)).orElseThrow();
    }

    private List<Meeting> meetings() {
        MeetingService service = new MeetingService(data);
        return service.latest(100).stream().map(m -> service.find(m.id()).orElseThrow()).toList();
    }

    private Meeting meeting(String title) {
        return meetings().stream().filter(m -> title.equals(m.title())).findFirst().orElseThrow();
    }

    private List<String> attendees(String title) {
        return meeting(title).attendeeIds().stream()
                .map(id -> people.stream().filter(p -> p.id() == id).findFirst().orElseThrow().fullName()).toList();
    }
}
