package org.protocoldesk.model;

import static org.protocoldesk.model.Require.present;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A date known to the day, or only to the month ("September 2024") or the year. The date is kept as the first day
 * of what is known, so that approximate dates sort among exact ones; {@link #last()} is the last day it may be.
 */
public record ApproximateDate(LocalDate date, DatePrecision precision) {
    public ApproximateDate {
        present(date, "date");
        present(precision, "date precision");
        date = firstDay(date, precision);
    }

    public static ApproximateDate day(LocalDate date) {
        return new ApproximateDate(date, DatePrecision.DAY);
    }

    public static ApproximateDate month(YearMonth month) {
        return new ApproximateDate(month.atDay(1), DatePrecision.MONTH);
    }

    public static ApproximateDate year(int year) {
        return new ApproximateDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
    }

    /** The approximate date of {@code date}, or null when the date is unknown. */
    public static ApproximateDate ofNullable(LocalDate date, DatePrecision precision) {
        return date == null ? null : new ApproximateDate(date, precision == null ? DatePrecision.DAY : precision);
    }

    /** The first day of what is known of {@code date}: the day itself, the 1st of its month or the 1st of January. */
    public static LocalDate firstDay(LocalDate date, DatePrecision precision) {
        if (date == null) {
            return null;
        }
        return switch (precision == null ? DatePrecision.DAY : precision) {
            case DAY -> date;
            case MONTH -> date.withDayOfMonth(1);
            case YEAR -> date.withDayOfYear(1);
        };
    }

    /** The last day the date may be. */
    public LocalDate last() {
        return switch (precision) {
            case DAY -> date;
            case MONTH -> YearMonth.from(date).atEndOfMonth();
            case YEAR -> date.withDayOfYear(date.lengthOfYear());
        };
    }

    public boolean exact() {
        return precision == DatePrecision.DAY;
    }
}
