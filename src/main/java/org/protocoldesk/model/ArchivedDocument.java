package org.protocoldesk.model;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * An export as the archive records it: kind, title, format, version, when it was made, the trip (null for an ad hoc
 * briefing), the file name written, the handling marking, the "information as of" day, the SHA-256 (lower-case
 * hex) of the bytes written and the absolute path they were written to (null for exports archived before paths were
 * kept).
 */
public record ArchivedDocument(Long id, ReportKind kind, String title, ReportFormat format, int version,
                               LocalDateTime createdAt, Long tripId, String fileName, String marking, LocalDate asOf,
                               String sha256, String path) {
    public ArchivedDocument {
        Require.present(kind, "kind");
        Require.nonBlank(title, "title");
        Require.present(format, "format");
        Require.present(createdAt, "created at");
    }

    public ArchivedDocument withId(long newId) {
        return new ArchivedDocument(newId, kind, title, format, version, createdAt, tripId, fileName, marking, asOf,
                sha256, path);
    }
}
