package org.protocoldesk.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import org.protocoldesk.model.ArchivedDocument;
import org.protocoldesk.model.ReportFormat;
import org.protocoldesk.report.FreeText;
import org.protocoldesk.report.ReportDocument;
import org.protocoldesk.report.Renderers;
import org.protocoldesk.service.ExportProgress.Stage;
import org.protocoldesk.store.DataStore;

/**
 * Exports a draft with its free text: composes the document, renders it, writes it under a temporary name and
 * moves it into place in the same transaction that records it in the archive (kind, trip, date, format, file name,
 * marking, SHA-256, content). The marking used is remembered for the next export.
 */
public final class ReportExportService {
    static final String MARKING_SETTING = "report.marking";
    public static final String DEFAULT_MARKING = "RESTRICTED";

    private final DataStore data;
    private final Clock clock;
    private final Renderers renderers;

    public ReportExportService(DataStore data, Clock clock, Renderers renderers) {
        this.data = data;
        this.clock = clock;
        this.renderers = renderers;
    }

    /** The marking of the last export, else {@value #DEFAULT_MARKING}. */
    public String lastMarking() {
        return data.read(s -> s.settings().get(MARKING_SETTING)).orElse(DEFAULT_MARKING);
    }

    /** The document as it would be exported now in that format, for a preview. */
    public ReportDocument preview(ReportDraft draft, FreeText text, String marking, ReportFormat format) {
        int version = data.read(s -> s.generatedDocuments().nextVersion(draft.tripId(), draft.kind(), format));
        return draft.document(text, marking, version);
    }

    public ArchivedDocument export(ReportDraft draft, FreeText text, ReportFormat format, Path target,
                                   String marking, ExportProgress progress) {
        progress.reach(Stage.COMPOSING, 0.05);
        ReportDocument document = preview(draft, text, marking, format);
        progress.reach(Stage.RENDERING, 0.2);
        byte[] bytes = renderers.of(format).render(document);
        progress.reach(Stage.WRITING, 0.8);
        try (AtomicFile file = AtomicFile.write(target, bytes)) {
            progress.reach(Stage.ARCHIVING, 0.9);
            ArchivedDocument archived = data.write(s -> {
                ArchivedDocument row = s.generatedDocuments().insert(new ArchivedDocument(null, draft.kind(),
                        document.title(), format, document.version(), LocalDateTime.now(clock), draft.tripId(),
                        target.getFileName().toString(), marking, draft.asOf(), sha256(bytes),
                        target.toAbsolutePath().toString()), bytes);
                s.settings().put(MARKING_SETTING, marking);
                commit(file);
                return row;
            });
            progress.done();
            return archived;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<ArchivedDocument> archiveOf(long tripId) {
        return data.read(s -> s.generatedDocuments().forTrip(tripId));
    }

    /** Whether the file the export was written to still holds what was archived (reads the file: not on the FX thread). */
    public ArchiveCheck check(ArchivedDocument document) {
        if (document.path() == null) {
            return ArchiveCheck.NOT_RECORDED;
        }
        Path file = Path.of(document.path());
        if (!Files.isRegularFile(file)) {
            return ArchiveCheck.MISSING;
        }
        try {
            return sha256(Files.readAllBytes(file)).equals(document.sha256()) ? ArchiveCheck.UNCHANGED
                    : ArchiveCheck.CHANGED;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void commit(AtomicFile file) {
        try {
            file.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
