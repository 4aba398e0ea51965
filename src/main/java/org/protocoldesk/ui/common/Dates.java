package org.protocoldesk.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as the office writes them: "14 May 2024", "14–16 May 2024", unambiguous in every country. */
public final class Dates {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_ONLY = DateTimeFormatter.ofPattern("d", Locale.ENGLISH);

    private Dates() {
    }

    /** The day, or an empty text when it is not known. */
    public static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    /** The day in full, "Tuesday 14 May 2024", or an empty text when it is not known. */
    public static String weekday(LocalDate day) {
        return day == null ? "" : WEEKDAY.format(day);
    }

    /** A span of days written as briefly as stays clear: "14–16 May 2024", "30 Apr – 2 May 2024". */
    public static String range(LocalDate start, LocalDate end) {
        if (start == null || end == null || start.equals(end)) {
            return day(start == null ? end : start);
        }
        if (start.getYear() != end.getYear()) {
            return DAY.format(start) + " – " + DAY.format(end);
        }
        if (start.getMonth() != end.getMonth()) {
            return DAY_MONTH.format(start) + " – " + DAY.format(end);
        }
        return DAY_ONLY.format(start) + "–" + DAY.format(end);
    }
}
