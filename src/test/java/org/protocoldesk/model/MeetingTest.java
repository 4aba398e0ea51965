package org.protocoldesk.model;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeetingTest {

    @Test
    void anEndTimeBeforeTheStartTimeIsRefused() {
        assertThatThrownBy(() -> meeting(LocalTime.of(11, 0), LocalTime.of(10, 30)))
                .isInstanceOf(InvalidRecordException.class)
                .hasFieldOrPropertyWithValue("field", "end time");
    }

    @Test
    void anEndTimeWithoutAStartTimeIsRefused() {
        assertThatThrownBy(() -> meeting(null, LocalTime.of(10, 30)))
                .isInstanceOf(InvalidRecordException.class)
                .hasFieldOrPropertyWithValue("field", "end time");
    }

    @Test
    void aMeetingWithoutAZoneIsRefused() {
        assertThatThrownBy(() -> new Meeting(null, MeetingKind.SIDELINE, null, LocalDate.of(2024, 5, 16), null, null,
                null, null, null, null, null, null, null, List.of(), List.of(), List.of()))
                .isInstanceOf(InvalidRecordException.class)
                .hasFieldOrPropertyWithValue("field", "time zone");
    }

    private static Meeting meeting(LocalTime start, LocalTime end) {
        return new Meeting(null, MeetingKind.SIDELINE, null, LocalDate.of(2024, 5, 16), start, end,
                ZoneId.of("Asia/Dushanbe"), null, null, null, null, null, null, List.of(), List.of(), List.of());
    }
}
