package org.protocoldesk.ui.reports;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.protocoldesk.model.ArchivedDocument;
import org.protocoldesk.ui.common.EnumLabels;

/** How an archived export is worded on screen: the report window's list and the trip's exports say it alike. */
final class ArchiveTexts {
    private static final DateTimeFormatter MADE = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);
    private static final int SHORT_HASH = 12;

    private ArchiveTexts() {
    }

    /** "Trip report v2 · PDF · 24 Nov 2026 11:58 · RESTRICTED". */
    static String what(ArchivedDocument document) {
        return String.join(" · ", EnumLabels.of(document.kind()) + " v" + document.version(),
                EnumLabels.of(document.format()), MADE.format(document.createdAt()), document.marking());
    }

    /** "london.pdf · SHA-256 1a2b3c4d5e6f…". */
    static String file(ArchivedDocument document) {
        return document.fileName() + " · SHA-256 " + shortHash(document.sha256());
    }

    static String shortHash(String sha256) {
        return sha256.length() <= SHORT_HASH ? sha256 : sha256.substring(0, SHORT_HASH) + "…";
    }
}
