package org.protocoldesk.ui.shell;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.protocoldesk.model.BackupSummary;

/** How a backup is named to the user: its local date and time, its size, what it holds. */
final class BackupTexts {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);

    private BackupTexts() {
    }

    static String when(BackupSummary backup) {
        return WHEN.format(backup.takenAt().atZone(ZoneId.systemDefault()));
    }

    static String size(BackupSummary backup) {
        double kib = backup.bytes() / 1024.0;
        return kib < 1024 ? "%.0f KB".formatted(kib) : "%.1f MB".formatted(kib / 1024);
    }

    static String contents(BackupSummary backup) {
        return backup.meetings() + " meetings, " + backup.people() + " people, " + backup.trips() + " trips";
    }
}
