package org.protocoldesk.model;

import java.util.Locale;
import java.util.Optional;

/** The formats a document is exported to, with the file extension and the archive's name of each. */
public enum ReportFormat {
    PDF("pdf"), DOCX("docx"), MARKDOWN("md");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The format named on a command line or a file name: "pdf", "docx", "md" or "markdown", any case. */
    public static Optional<ReportFormat> named(String name) {
        String lower = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (ReportFormat format : values()) {
            if (format.extension.equals(lower) || format.name().toLowerCase(Locale.ROOT).equals(lower)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
