package org.protocoldesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatesTest {

    @Test
    void aDayReadsDayMonthYear() {
        assertThat(Dates.day(LocalDate.of(2024, 5, 14))).isEqualTo("14 May 2024");
    }

    @Test
    void anUnknownDayReadsAsNothing() {
        assertThat(Dates.day(null)).isEmpty();
    }

    @Test
    void aRangeWithinAMonthNamesTheMonthOnce() {
        assertThat(Dates.range(LocalDate.of(2024, 5, 14), LocalDate.of(2024, 5, 16))).isEqualTo("14–16 May 2024");
    }

    @Test
    void aRangeAcrossMonthsNamesBothMonths() {
        assertThat(Dates.range(LocalDate.of(2023, 9, 30), LocalDate.of(2023, 10, 2))).isEqualTo("30 Sep – 2 Oct 2023");
    }

    @Test
    void aRangeAcrossYearsNamesBothYears() {
        assertThat(Dates.range(LocalDate.of(2024, 12, 30), LocalDate.of(2025, 1, 2)))
                .isEqualTo("30 Dec 2024 – 2 Jan 2025");
    }

    @Test
    void aRangeOfOneDayIsThatDay() {
        assertThat(Dates.range(LocalDate.of(2024, 5, 14), LocalDate.of(2024, 5, 14))).isEqualTo("14 May 2024");
    }

    @Test
    void theDayInFullNamesTheWeekday() {
        assertThat(Dates.weekday(LocalDate.of(2024, 5, 14))).isEqualTo("Tuesday 14 May 2024");
    }
}
