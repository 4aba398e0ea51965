package org.protocoldesk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordRulesTest {
    private static final LocalDate MAY_16 = LocalDate.of(2024, 5, 16);

    @Test
    void aBlankNameIsRefusedNamingTheField() {
        assertThatThrownBy(() -> Person.builder(Side.THEIRS, "  ").build())
                .isInstanceOf(InvalidRecordException.class)
                .satisfies(e -> assertThat(((InvalidRecordException) e).field()).isEqualTo("full name"))
                .hasMessage("full name is required");
    }

    @Test
    void aTripEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> new Trip(null, "Dushanbe", null, null, MAY_16, MAY_16.minusDays(1),
                TripStatus.PLANNED, null, List.of(), List.of(), List.of()))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessageContaining("ends (2024-05-15) before it starts (2024-05-16)");
    }

    @Test
    void aMeetingEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> new Meeting(null, MeetingKind.SIDELINE, null, MAY_16, LocalTime.of(11, 0),
                LocalTime.of(10, 0), ZoneId.of("Asia/Dushanbe"), null, null, null, null, null, null, null, null, null))
                .isInstanceOf(InvalidRecordException.class)
                .satisfies(e -> assertThat(((InvalidRecordException) e).field()).isEqualTo("end time"));
    }

    @Test
    void aMeetingStartsInTheZoneOfItsPlace() {
        Meeting meeting = new Meeting(null, MeetingKind.SIDELINE, null, MAY_16, LocalTime.of(10, 30), null,
                ZoneId.of("Asia/Dushanbe"), null, null, null, null, null, null, null, null, null);
        assertThat(meeting.start()).hasValueSatisfying(start -> assertThat(start.toInstant().toString())
                .isEqualTo("2024-05-16T05:30:00Z"));
    }

    @Test
    void aDoneFollowUpNeedsTheDateItWasDone() {
        assertThatThrownBy(() -> new FollowUp(null, "Send the draft", Party.US, null, null, null,
                FollowUpStatus.DONE, null))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessage("done date is required when the follow-up is done");
    }

    @Test
    void anInvitationNeedsSomeoneWhoInvites() {
        assertThatThrownBy(() -> new Invitation(null, InvitationDirection.OUTGOING, InvitationOccasion.OFFICIAL_VISIT,
                null, null, null, 1L, null, null, null, null, null, null, null, null, InvitationStatus.PENDING, null,
                null, null))
                .isInstanceOf(InvalidRecordException.class)
                .satisfies(e -> assertThat(((InvalidRecordException) e).field()).isEqualTo("inviter"));
    }

    @Test
    void theCurrentPostIsTheOneHeldOnTheDay() {
        Person person = Person.builder(Side.THEIRS, "Khusrav Noziri")
                .posts(List.of(new Post(null, "Secretary General", LocalDate.of(2021, 1, 1), LocalDate.of(2024, 8, 31)),
                        new Post(null, "Ambassador", LocalDate.of(2024, 9, 1), null)))
                .build();
        assertThat(person.postOn(MAY_16)).map(Post::title).contains("Secretary General");
        assertThat(person.postOn(LocalDate.of(2024, 11, 15))).map(Post::title).contains("Ambassador");
    }

    @Test
    void aPhotoCannotBeChangedFromOutside() {
        byte[] photo = {1, 2, 3};
        Person person = Person.builder(Side.THEIRS, "Lucien Wong").photo(photo).build();
        photo[0] = 9;
        person.photo()[1] = 9;
        assertThat(person.photo()).containsExactly(1, 2, 3);
    }
}
