package org.protocoldesk.ui.form;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import javafx.beans.value.ObservableValue;
import org.protocoldesk.model.ApproximateDate;
import org.protocoldesk.ui.common.ApproximateDates;

/** The checks forms share, each giving the message shown next to the field, or null when the value is fine. */
public final class Checks {
    /** The longest text a one-line field keeps: a name or a title, not a page. */
    public static final int LINE_LENGTH = 200;
    /** The longest text a notes field keeps. */
    public static final int NOTES_LENGTH = 20_000;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    private static final List<DateTimeFormatter> READ = List.of(
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("uuuu-M-d", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d.M.uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d/M/uuuu", Locale.ENGLISH));

    private static final List<DateTimeFormatter> MONTHS = List.of(
            DateTimeFormatter.ofPattern("MMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("uuuu-MM", Locale.ENGLISH));

    private Checks() {
    }

    public static String required(String text) {
        return text == null || text.isBlank() ? "Required." : null;
    }

    public static String requiredChoice(Object chosen) {
        return chosen == null ? "Choose one." : null;
    }

    /** A one-line text no longer than {@link #LINE_LENGTH}. */
    public static String line(String text) {
        return longerThan(text, LINE_LENGTH);
    }

    /** A notes text no longer than {@link #NOTES_LENGTH}. */
    public static String notes(String text) {
        return longerThan(text, NOTES_LENGTH);
    }

    private static String longerThan(String text, int limit) {
        return text != null && text.length() > limit
                ? "At most " + limit + " characters (" + text.length() + " now)." : null;
    }

    public static String email(String text) {
        return text == null || text.isBlank() || EMAIL.matcher(text.strip()).matches()
                ? null : "Not an e-mail address: write it like name@example.org.";
    }

    /** A date, or nothing: the message says how to write one. */
    public static String date(String text) {
        return text == null || text.isBlank() || parse(text).isPresent()
                ? null : "Not a date: write it like 14 May 2024 or 2024-05-14.";
    }

    /** The day written in {@code text}; empty when blank or not a date. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        for (DateTimeFormatter format : READ) {
            try {
                return Optional.of(LocalDate.parse(trimmed, format.withResolverStyle(ResolverStyle.STRICT)));
            } catch (DateTimeParseException notThisFormat) {
                // try the next way of writing it
            }
        }
        return Optional.empty();
    }

    /** A date known to the day, the month ("Sep 2024") or the year ("2024"), or nothing. */
    public static String approximateDate(String text) {
        return text == null || text.isBlank() || parseApproximate(text).isPresent()
                ? null : "Not a date: write it like 14 May 2024, Sep 2024 or 2024.";
    }

    /** The date written in {@code text} as far as it is given; empty when blank or not a date. */
    public static Optional<ApproximateDate> parseApproximate(String text) {
        Optional<LocalDate> day = parse(text);
        if (day.isPresent() || text == null || text.isBlank()) {
            return day.map(ApproximateDate::day);
        }
        String trimmed = text.strip();
        for (DateTimeFormatter format : MONTHS) {
            try {
                return Optional.of(ApproximateDate.month(YearMonth.parse(trimmed,
                        format.withResolverStyle(ResolverStyle.STRICT))));
            } catch (DateTimeParseException notThisFormat) {
                // try the next way of writing it
            }
        }
        return trimmed.matches("\\d{4}") ? Optional.of(ApproximateDate.year(Integer.parseInt(trimmed)))
                : Optional.empty();
    }

    /** For the end of a span given as far as known: it may not end before it starts. */
    public static String endNotBefore(ObservableValue<String> start, String endText) {
        Optional<ApproximateDate> from = parseApproximate(start.getValue());
        Optional<ApproximateDate> to = parseApproximate(endText);
        return from.isPresent() && to.isPresent() && to.get().last().isBefore(from.get().date())
                ? "Ends before it starts (" + ApproximateDates.of(from.get()) + ")." : null;
    }

    /** The day as a date field shows it: "14 May 2024"; empty when unknown. */
    public static String format(LocalDate day) {
        return day == null ? "" : SHOWN.format(day);
    }

    /** For the end of a span: not before its start (both typed as text). */
    public static String notBefore(ObservableValue<String> start, String endText) {
        Optional<LocalDate> from = parse(start.getValue());
        Optional<LocalDate> to = parse(endText);
        return from.isPresent() && to.isPresent() && to.get().isBefore(from.get())
                ? "Ends before it starts (" + format(from.get()) + ")." : null;
    }
}
