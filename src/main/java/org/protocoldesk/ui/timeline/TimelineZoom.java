package org.protocoldesk.ui.timeline;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How finely the timeline groups its entries, by year, by month or by day, and how many days it reads at a time: a
 * screenful of groups, more as one scrolls back.
 */
enum TimelineZoom {
    YEARS("Years", "yyyy", Period.ofYears(1)),
    MONTHS("Months", "MMMM yyyy", Period.ofMonths(3)),
    DAYS("Days", "EEEE d MMMM yyyy", Period.ofMonths(1));

    private final String label;
    private final DateTimeFormatter heading;
    private final Period window;

    TimelineZoom(String label, String pattern, Period window) {
        this.label = label;
        this.heading = DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH);
        this.window = window;
    }

    /** The first day of the window of days that ends on {@code last}. */
    LocalDate windowFrom(LocalDate last) {
        return last.minus(window).plusDays(1);
    }

    String label() {
        return label;
    }

    /** The heading of the group a day falls in: "2024", "May 2024", "Thursday 16 May 2024". */
    String heading(LocalDate day) {
        return heading.format(day);
    }
}
