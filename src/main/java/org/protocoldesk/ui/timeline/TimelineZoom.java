package org.protocoldesk.ui.timeline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How finely the timeline groups its entries: by year, by month or by day. */
enum TimelineZoom {
    YEARS("Years", "yyyy"), MONTHS("Months", "MMMM yyyy"), DAYS("Days", "EEEE d MMMM yyyy");

    private final String label;
    private final DateTimeFormatter heading;

    TimelineZoom(String label, String pattern) {
        this.label = label;
        this.heading = DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH);
    }

    String label() {
        return label;
    }

    /** The heading of the group a day falls in: "2024", "May 2024", "Thursday 16 May 2024". */
    String heading(LocalDate day) {
        return heading.format(day);
    }
}
