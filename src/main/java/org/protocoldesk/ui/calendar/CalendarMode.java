package org.protocoldesk.ui.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The periods the calendar shows: a month as six weeks, a week from Monday, a day as an agenda. */
enum CalendarMode {
    MONTH("Month"), WEEK("Week"), DAY("Day");

    private final String label;

    CalendarMode(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** The first day shown around {@code anchor}: a month grid starts on the Monday of the week of the 1st. */
    LocalDate firstShown(LocalDate anchor) {
        return switch (this) {
            case MONTH -> anchor.withDayOfMonth(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case WEEK -> anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case DAY -> anchor;
        };
    }

    /** The last day shown: six full weeks for a month, so the grid keeps its height. */
    LocalDate lastShown(LocalDate anchor) {
        return switch (this) {
            case MONTH -> firstShown(anchor).plusWeeks(6).minusDays(1);
            case WEEK -> firstShown(anchor).plusDays(6);
            case DAY -> anchor;
        };
    }

    LocalDate next(LocalDate anchor) {
        return switch (this) {
            case MONTH -> anchor.plusMonths(1);
            case WEEK -> anchor.plusWeeks(1);
            case DAY -> anchor.plusDays(1);
        };
    }

    LocalDate previous(LocalDate anchor) {
        return switch (this) {
            case MONTH -> anchor.minusMonths(1);
            case WEEK -> anchor.minusWeeks(1);
            case DAY -> anchor.minusDays(1);
        };
    }
}
