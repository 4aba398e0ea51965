package org.protocoldesk.ui.common;

import java.util.Locale;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import org.protocoldesk.model.RecordKind;

/** How the screens name and draw each kind of record: a group's heading, a count's noun, an icon. */
public final class RecordKinds {
    private RecordKinds() {
    }

    /** "Counterparts", "Open follow-ups": the heading of a group of records of {@code kind}. */
    public static String heading(RecordKind kind) {
        String plural = plural(kind);
        return Character.toUpperCase(plural.charAt(0)) + plural.substring(1);
    }

    /** "1 meeting", "3 open follow-ups". */
    public static String count(RecordKind kind, int n) {
        return n + " " + (n == 1 ? singular(kind) : plural(kind));
    }

    private static String singular(RecordKind kind) {
        return kind == RecordKind.FOLLOW_UP ? "open follow-up" : EnumLabels.of(kind).toLowerCase(Locale.ROOT);
    }

    private static String plural(RecordKind kind) {
        return singular(kind) + "s";
    }

    public static Ikon icon(RecordKind kind) {
        return switch (kind) {
            case COUNTERPART -> Material2OutlinedMZ.PERSON_OUTLINE;
            case ORGANISATION -> Material2OutlinedAL.ACCOUNT_BALANCE;
            case EVENT -> Material2OutlinedAL.EVENT;
            case TRIP -> Material2OutlinedAL.FLIGHT_TAKEOFF;
            case MEETING -> Material2OutlinedAL.FORUM;
            case INVITATION -> Material2OutlinedMZ.MAIL_OUTLINE;
            case DOCUMENT -> Material2OutlinedAL.DESCRIPTION;
            case FOLLOW_UP -> Material2OutlinedAL.ASSIGNMENT_TURNED_IN;
        };
    }
}
