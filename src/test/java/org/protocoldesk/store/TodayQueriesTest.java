package org.protocoldesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.protocoldesk.model.CalendarItem;
import org.protocoldesk.model.CalendarItemKind;
import org.protocoldesk.model.TodayAgenda;

class TodayQueriesTest extends StoreTestSupport {

    private TodayAgenda on(String day) {
        return data.read(s -> s.today().on(LocalDate.parse(day), 60, 14, 14));
    }

    @Test
    void aTripUnderWayStaysOnTodayUntilItsLastDay() {
        data.writeAll(s -> ReferencedRows.trip(s, "Working visit to Dushanbe", LocalDate.of(2024, 5, 16),
                LocalDate.of(2024, 5, 18)));

        assertThat(on("2024-05-17").tripsAndEvents()).extracting(CalendarItem::kind, CalendarItem::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CalendarItemKind.TRIP, "Working visit to Dushanbe"));
        assertThat(on("2024-05-18").tripsAndEvents()).hasSize(1);
        assertThat(on("2024-05-19").tripsAndEvents()).isEmpty();
    }

    @Test
    void tripsAndEventsStartingWithinSixtyDaysAreListedAndLaterOnesAreNot() {
        data.writeAll(s -> {
            ReferencedRows.trip(s, "In sixty days", LocalDate.of(2024, 7, 15), LocalDate.of(2024, 7, 16));
            ReferencedRows.event(s, "In sixty-one days", LocalDate.of(2024, 7, 16), LocalDate.of(2024, 7, 16));
        });

        assertThat(on("2024-05-16").tripsAndEvents()).extracting(CalendarItem::title).containsExactly("In sixty days");
    }
}
