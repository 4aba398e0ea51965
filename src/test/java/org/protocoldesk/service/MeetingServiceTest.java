package org.protocoldesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protocoldesk.model.Meeting;
import org.protocoldesk.model.MeetingKind;
import org.protocoldesk.model.MeetingSummary;
import org.protocoldesk.model.Outcome;
import org.protocoldesk.model.OutcomeKind;
import org.protocoldesk.model.Page;
import org.protocoldesk.store.StoreTestSupport;

class MeetingServiceTest extends StoreTestSupport {
    private MeetingService meetings;

    @BeforeEach
    void service() {
        meetings = new MeetingService(data);
    }

    @Test
    void anAddedMeetingIsFoundAndCounted() {
        Meeting added = meetings.add(meeting(LocalDate.of(2023, 9, 27), "Meeting with Max Hill"));
        assertThat(meetings.find(added.id())).contains(added);
        assertThat(meetings.count()).isEqualTo(1);
    }

    @Test
    void latestShowsTheNewestMeetingFirst() {
        meetings.add(meeting(LocalDate.of(2023, 9, 15), "4th ECO meeting"));
        meetings.add(meeting(LocalDate.of(2024, 5, 16), "5th ECO meeting"));
        assertThat(meetings.latest(Page.first(1))).extracting(MeetingSummary::title).containsExactly("5th ECO meeting");
    }

    @Test
    void anUpdateIsStored() {
        Meeting added = meetings.add(meeting(LocalDate.of(2023, 9, 27), "Draft"));
        Meeting changed = new Meeting(added.id(), MeetingKind.BILATERAL, "Meeting with Lucien Wong",
                LocalDate.of(2023, 9, 27), LocalTime.of(14, 0), null, ZoneId.of("Europe/London"), null, "London",
                null, null, null, null, List.of(), List.of("Anti-corruption"),
                List.of(new Outcome(OutcomeKind.INFORMATION_EXCHANGED, "Conference of World Prosecutors in 2024")));
        meetings.update(changed);
        assertThat(meetings.find(added.id())).contains(changed);
    }

    private static Meeting meeting(LocalDate date, String title) {
        return new Meeting(null, MeetingKind.SIDELINE, title, date, null, null, ZoneId.of("Asia/Baku"), null, null,
                null, null, null, null, List.of(), List.of(), List.of());
    }
}
