package org.protocoldesk.model;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FollowUpTest {

    @Test
    void aDoneFollowUpWithoutADoneDateIsRefused() {
        assertThatThrownBy(() -> new FollowUp(null, "Call back", Party.US, null, null, null, FollowUpStatus.DONE, null))
                .isInstanceOf(InvalidRecordException.class)
                .hasFieldOrPropertyWithValue("field", "done date");
    }

    @Test
    void anOpenFollowUpWithADoneDateIsRefused() {
        assertThatThrownBy(() -> new FollowUp(null, "Call back", Party.US, null, null, LocalDate.of(2024, 6, 1),
                FollowUpStatus.OPEN, null))
                .isInstanceOf(InvalidRecordException.class)
                .hasFieldOrPropertyWithValue("field", "done date");
    }

    @Test
    void aFollowUpWithoutAStatusIsRefused() {
        assertThatThrownBy(() -> new FollowUp(null, "Call back", Party.US, null, null, null, null, null))
                .isInstanceOf(InvalidRecordException.class)
                .hasFieldOrPropertyWithValue("field", "follow-up status");
    }
}
