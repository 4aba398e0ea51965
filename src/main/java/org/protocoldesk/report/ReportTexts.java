package org.protocoldesk.report;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.protocoldesk.model.ApproximateDate;
import org.protocoldesk.model.DatePrecision;

/**
 * Every word the documents print, from {@code report-texts.properties} (a translation adds a bundle beside it),
 * and the enum labels from the one bundle the screens use too. Dates as the office writes them: "16 May 2024".
 */
public final class ReportTexts {
    private final ResourceBundle texts;
    private final ResourceBundle enumLabels;
    private final Locale locale;
    private final DateTimeFormatter day;
    private final DateTimeFormatter weekday;
    private final DateTimeFormatter time;

    public ReportTexts(Locale locale) {
        this.locale = locale;
        this.texts = ResourceBundle.getBundle("org.protocoldesk.report.report-texts", locale);
        this.enumLabels = ResourceBundle.getBundle("org.protocoldesk.ui.enum-labels", locale);
        this.day = DateTimeFormatter.ofPattern(texts.getString("format.day"), locale);
        this.weekday = DateTimeFormatter.ofPattern(texts.getString("format.weekday"), locale);
        this.time = DateTimeFormatter.ofPattern(texts.getString("format.time"), locale);
    }

    public static ReportTexts english() {
        return new ReportTexts(Locale.ENGLISH);
    }

    public Locale locale() {
        return locale;
    }

    /** The text of {@code key} with its {0}, {1}… filled in. */
    public String get(String key, Object... args) {
        String pattern = texts.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public String label(Enum<?> value) {
        return value == null ? "" : enumLabels.getString(value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    /** The day, or an empty text when it is not known. */
    public String day(LocalDate date) {
        return date == null ? "" : day.format(date);
    }

    /** A date as far as it is known: "16 May 2024", "May 2024", "2024"; empty when unknown. */
    public String approximately(ApproximateDate date) {
        if (date == null) {
            return "";
        }
        return switch (date.precision()) {
            case DAY -> day(date.date());
            case MONTH -> DateTimeFormatter.ofPattern(texts.getString("format.month"), locale).format(date.date());
            case YEAR -> String.valueOf(date.date().getYear());
        };
    }

    /** A local time, "09:30". */
    public String time(LocalTime time) {
        return time == null ? "" : this.time.format(time);
    }

    public String weekday(LocalDate date) {
        return date == null ? "" : weekday.format(date);
    }

    /** A span as far as its dates are known: {@link #days} for days, else "May 2024", "May – June 2024", "2024". */
    public String span(LocalDate from, LocalDate to, DatePrecision precision) {
        if (precision == null || precision == DatePrecision.DAY) {
            return days(from, to);
        }
        String start = approximately(from == null ? null : new ApproximateDate(from, precision));
        String end = approximately(to == null ? null : new ApproximateDate(to, precision));
        return start.equals(end) || end.isEmpty() ? start : start.isEmpty() ? end : get("format.range", start, end);
    }

    /** A span of days as briefly as stays clear: "16–18 May 2024", "30 April – 2 May 2024", or one day. */
    public String days(LocalDate from, LocalDate to) {
        if (from == null || to == null || from.equals(to)) {
            return day(from == null ? to : from);
        }
        if (from.getYear() != to.getYear()) {
            return get("format.range", day(from), day(to));
        }
        String start = DateTimeFormatter.ofPattern(texts.getString(from.getMonth() == to.getMonth()
                ? "format.day.only" : "format.day.month"), locale).format(from);
        return get(from.getMonth() == to.getMonth() ? "format.range.sameMonth" : "format.range", start, day(to));
    }
}
