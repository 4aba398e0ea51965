package org.protocoldesk.bench;

import java.util.Locale;

/**
 * How big the generated office is, as a fraction of a long-serving one ({@link #FULL}: 20,000 counterparts, 2,000
 * organisations, 200,000 meetings over 15 years with about 500,000 attendees, 30,000 invitations, 60,000
 * follow-ups). Every count scales by the same factor, so the proportions the query planner sees stay the same.
 */
public record Scale(String name, double factor) {
    public static final Scale FULL = new Scale("full", 1.0);
    /** A twentieth of the full office: generated in a few seconds, large enough that the planner chooses as at full size. */
    public static final Scale TEST = new Scale("test", 0.05);

    public Scale {
        if (!(factor > 0 && factor <= 10)) {
            throw new IllegalArgumentException("A scale factor is above 0 and at most 10: " + factor);
        }
    }

    /** {@code full}, {@code test} or a factor of the full size such as {@code 0.25}. */
    public static Scale parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "full" -> FULL;
            case "test" -> TEST;
            default -> new Scale(text.strip(), Double.parseDouble(text));
        };
    }

    public int counterparts() {
        return of(20_000);
    }

    public int organisations() {
        return of(2_000);
    }

    public int meetings() {
        return of(200_000);
    }

    public int invitations() {
        return of(30_000);
    }

    public int followUps() {
        return of(60_000);
    }

    public int events() {
        return of(3_000);
    }

    public int trips() {
        return of(1_500);
    }

    public int documents() {
        return of(5_000);
    }

    public int gifts() {
        return of(5_000);
    }

    private int of(int full) {
        return Math.max(1, (int) Math.round(full * factor));
    }
}
