package org.protocoldesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protocoldesk.model.Country;
import org.protocoldesk.model.Event;
import org.protocoldesk.model.EventSummary;
import org.protocoldesk.store.StoreTestSupport;

class EventServiceTest extends StoreTestSupport {
    private EventService events;

    @BeforeEach
    void service() {
        events = new EventService(data);
        data.writeAll(s -> s.countries().save(new Country("TJ", "Tajikistan")));
    }

    @Test
    void anAddedEventIsSummarisedWithItsCountry() {
        Event added = events.add(fifthEcoMeeting());
        assertThat(events.summaries()).containsExactly(new EventSummary(added, "Tajikistan", null));
    }

    @Test
    void anAddedEventIsFoundInARangeItMeets() {
        Event added = events.add(fifthEcoMeeting());
        assertThat(events.overlapping(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 16))).containsExactly(added);
        assertThat(events.overlapping(LocalDate.of(2024, 5, 17), LocalDate.of(2024, 5, 31))).isEmpty();
    }

    private static Event fifthEcoMeeting() {
        return new Event(null, "5th Meeting of the Attorneys/Prosecutors General of the ECO Member States", null, 5,
                "Dushanbe", "TJ", null, LocalDate.of(2024, 5, 16), LocalDate.of(2024, 5, 16), "Asia/Dushanbe", null,
                null);
    }
}
