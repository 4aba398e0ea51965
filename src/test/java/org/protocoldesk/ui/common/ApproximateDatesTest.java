package org.protocoldesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.protocoldesk.model.ApproximateDate;
import org.protocoldesk.model.DatePrecision;
import org.protocoldesk.model.Post;

class ApproximateDatesTest {

    @Test
    void aDateKnownByMonthReadsMonthAndYear() {
        assertThat(ApproximateDates.of(ApproximateDate.month(YearMonth.of(2024, 9)))).isEqualTo("Sep 2024");
    }

    @Test
    void aDateKnownByYearReadsTheYear() {
        assertThat(ApproximateDates.of(ApproximateDate.year(2025))).isEqualTo("2025");
    }

    @Test
    void aMonthSpanNeverShowsAMadeUpDay() {
        ApproximateDate september = new ApproximateDate(LocalDate.of(2024, 9, 17), DatePrecision.MONTH);
        assertThat(ApproximateDates.range(september, september)).isEqualTo("Sep 2024");
    }

    @Test
    void aMonthWithNoEndReadsAsTheMonthNotItsFirstDay() {
        assertThat(ApproximateDates.range(ApproximateDate.month(YearMonth.of(2024, 9)), null)).isEqualTo("Sep 2024");
    }

    @Test
    void aSpanFromADayIntoAMonthReadsEachEndAsKnown() {
        assertThat(ApproximateDates.range(ApproximateDate.day(LocalDate.of(2024, 9, 14)),
                ApproximateDate.month(YearMonth.of(2024, 10)))).isEqualTo("14 Sep 2024 – Oct 2024");
    }

    @Test
    void anExactSpanReadsAsDays() {
        assertThat(ApproximateDates.range(ApproximateDate.day(LocalDate.of(2024, 5, 14)),
                ApproximateDate.day(LocalDate.of(2024, 5, 16)))).isEqualTo("14–16 May 2024");
    }

    @Test
    void aPostSeenOnADayReadsHeldOn() {
        assertThat(ApproximateDates.term(Post.attestedOn(null, "Secretary General", LocalDate.of(2024, 5, 18))))
                .isEqualTo("held on 18 May 2024");
    }

    @Test
    void anOpenPostReadsSince() {
        assertThat(ApproximateDates.term(new Post(null, "Secretary General", LocalDate.of(2024, 8, 1), null)))
                .isEqualTo("since 1 Aug 2024");
    }
}
