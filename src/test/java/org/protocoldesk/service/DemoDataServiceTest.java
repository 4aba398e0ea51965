package org.protocoldesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protocoldesk.model.Invitation;
import org.protocoldesk.model.InvitationDirection;
import org.protocoldesk.model.InvitationStatus;
import org.protocoldesk.model.Meeting;
import org.protocoldesk.model.MeetingKind;
import org.protocoldesk.model.Organisation;
import org.protocoldesk.model.OrganisationKind;
import org.protocoldesk.store.StoreTestSupport;
import org.protocoldesk.store.Stores;

class DemoDataServiceTest extends StoreTestSupport {
    private static final List<String> DEMO_TABLES = List.of("organisation", "person", "event", "trip", "meeting",
            "topic", "follow_up", "invitation", "document", "demo_row");

    private DemoDataService demo;

    @BeforeEach
    void service() {
        demo = new DemoDataService(data);
    }

    @Test
    void everyKeyInTheBundledDataSetResolves() {
        assertThatCode(demo::load).doesNotThrowAnyException();
    }

    @Test
    void theDemoHoldsAtLeast25Counterparts() {
        demo.load();
        assertThat(data.read((Stores s) -> s.persons().counterpartSummaries())).hasSizeGreaterThanOrEqualTo(25);
    }

    @Test
    void theDemoHoldsAtLeast15Meetings4Invitations5Documents() {
        demo.load();
        assertThat(count("meeting")).isGreaterThanOrEqualTo(15);
        assertThat(count("invitation")).isGreaterThanOrEqualTo(4);
        assertThat(count("document")).isGreaterThanOrEqualTo(5);
    }

    @Test
    void theInvitationToIransProsecutorGeneralIsOutgoingAndPending() {
        demo.load();
        Invitation toIran = data.read((Stores s) -> s.invitations().summaries()).stream()
                .filter(i -> "Mohammad Movahedi-Azad".equals(i.invitee().person()))
                .findFirst().orElseThrow().invitation();
        assertThat(toIran.direction()).isEqualTo(InvitationDirection.OUTGOING);
        assertThat(toIran.status()).isEqualTo(InvitationStatus.PENDING);
    }

    @Test
    void loadIfEmptyLoadsOnAnEmptyDatabase() {
        assertThat(demo.loadIfEmpty()).isTrue();
        assertThat(demo.isLoaded()).isTrue();
        assertThat(count("meeting")).isPositive();
    }

    @Test
    void loadIfEmptyLeavesADatabaseWithAUserRecordAlone() {
        data.writeAll(s -> s.organisations().insert(userOrganisation()));
        assertThat(demo.loadIfEmpty()).isFalse();
        assertThat(demo.isLoaded()).isFalse();
        assertThat(count("organisation")).isEqualTo(1);
        assertThat(count("person")).isZero();
    }

    @Test
    void loadingTwiceIsRefusedAndAddsNothing() {
        demo.load();
        int meetings = count("meeting");
        assertThatThrownBy(demo::load).isInstanceOf(DemoDataException.class).hasMessageContaining("already");
        assertThat(count("meeting")).isEqualTo(meetings);
    }

    @Test
    void removeDeletesEveryDemoRowAndKeepsTheCountries() {
        demo.load();
        int countries = count("country");
        demo.remove();
        assertThat(DEMO_TABLES).allSatisfy(table -> assertThat(count(table)).as(table).isZero());
        assertThat(demo.isLoaded()).isFalse();
        assertThat(count("country")).isEqualTo(countries).isPositive();
    }

    @Test
    void removeKeepsTheUsersMeetingWithADemoCounterpartAndDropsTheLinkToHim() {
        demo.load();
        Meeting userMeeting = data.write(s -> s.meetings().insert(
                userMeeting(List.of(counterpartId("Yusuf Rahmon")), List.of())));
        demo.remove();
        Meeting kept = data.read((Stores s) -> s.meetings().find(userMeeting.id())).orElseThrow();
        assertThat(kept.title()).isEqualTo(userMeeting.title());
        assertThat(kept.attendeeIds()).isEmpty();
    }

    @Test
    void aDemoTopicThatAUserMeetingUsesStaysAfterRemove() {
        demo.load();
        Meeting userMeeting = data.write(s -> s.meetings().insert(
                userMeeting(List.of(), List.of("mutual legal assistance"))));
        demo.remove();
        assertThat(data.read((Stores s) -> s.meetings().find(userMeeting.id())).orElseThrow().topics())
                .containsExactly("mutual legal assistance");
        assertThat(count("topic")).isEqualTo(1);
    }

    @Test
    void removeKeepsTheUsersOwnOrganisation() {
        demo.load();
        Organisation own = data.write(s -> s.organisations().insert(userOrganisation()));
        demo.remove();
        assertThat(data.read((Stores s) -> s.organisations().find(own.id()))).contains(own);
        assertThat(count("organisation")).isEqualTo(1);
    }

    @Test
    void aKeyThatNamesNoRecordIsReportedByNameAndNothingIsStored() {
        DemoDataService broken = new DemoDataService(data, "/org/protocoldesk/service/demo-broken-key.json");
        assertThatThrownBy(broken::load)
                .isInstanceOf(DemoDataException.class)
                .hasMessageContaining("person key 'no-such-person'")
                .hasMessageContaining("meeting 'meeting-with-nobody'");
        assertThat(count("person")).isZero();
        assertThat(count("demo_row")).isZero();
    }

    private long counterpartId(String fullName) {
        return data.read((Stores s) -> s.persons().counterpartSummaries()).stream()
                .filter(c -> c.fullName().equals(fullName))
                .findFirst().orElseThrow().id();
    }

    private static Meeting userMeeting(List<Long> attendees, List<String> topics) {
        return new Meeting(null, MeetingKind.BILATERAL, "Follow-up call", LocalDate.of(2025, 2, 3), null, null,
                ZoneId.of("Asia/Baku"), null, "Baku", "AZ", null, null, null, attendees, topics, List.of());
    }

    private static Organisation userOrganisation() {
        return new Organisation(null, "Ministry of Foreign Affairs", null, OrganisationKind.MINISTRY, null, null);
    }
}
