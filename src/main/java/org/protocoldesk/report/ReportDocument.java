package org.protocoldesk.report;

import java.time.LocalDate;
import java.util.List;

/**
 * A briefing note or trip report ready to render: the kind and title, the lines under the title (place, dates),
 * the handling marking carried on every page, the day it was produced, the "information as of" day, the version,
 * and the sections in order (annexes last). Plain text throughout.
 */
public record ReportDocument(String kindName, String title, List<String> subtitleLines, String marking,
                             LocalDate produced, LocalDate asOf, int version, List<Section> sections) {
    public ReportDocument {
        subtitleLines = List.copyOf(subtitleLines);
        sections = List.copyOf(sections);
        if (version < 1) {
            throw new IllegalArgumentException("version starts at 1");
        }
    }
}
