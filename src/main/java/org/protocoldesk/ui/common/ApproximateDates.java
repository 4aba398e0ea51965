package org.protocoldesk.ui.common;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.protocoldesk.model.ApproximateDate;
import org.protocoldesk.model.Post;

/** Dates known only in part, written as far as they are known: "18 May 2024", "Sep 2024", "2024". */
public final class ApproximateDates {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private ApproximateDates() {
    }

    /** The date as far as it is known, or an empty text when it is not known at all. */
    public static String of(ApproximateDate date) {
        if (date == null) {
            return "";
        }
        return switch (date.precision()) {
            case DAY -> Dates.day(date.date());
            case MONTH -> MONTH.format(date.date());
            case YEAR -> Integer.toString(date.date().getYear());
        };
    }

    /** A span: "14–16 May 2024" when the days are known, "Sep 2024" or "Sep – Oct 2024" when only the months are. */
    public static String range(ApproximateDate start, ApproximateDate end) {
        if (start == null || end == null) {
            return of(start == null ? end : start);
        }
        if (start.exact() && end.exact()) {
            return Dates.range(start.date(), end.date());
        }
        return start.equals(end) ? of(start) : of(start) + " – " + of(end);
    }

    /** A post's term: "Sep 2021 – 31 Jul 2024", "since Aug 2024", "held on 16 May 2024", or empty. */
    public static String term(Post post) {
        if (post.start() == null && post.end() == null) {
            return post.heldOn() == null ? "" : "held on " + Dates.day(post.heldOn());
        }
        if (post.end() == null) {
            return "since " + of(post.start());
        }
        return post.start() == null ? "until " + of(post.end()) : of(post.start()) + " – " + of(post.end());
    }
}
