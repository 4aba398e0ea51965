package org.protocoldesk.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.protocoldesk.model.ArchivedDocument;
import org.protocoldesk.model.ReportFormat;
import org.protocoldesk.report.Renderers;
import org.protocoldesk.report.ReportTexts;
import org.protocoldesk.service.ExportProgress;
import org.protocoldesk.service.ReportDraft;
import org.protocoldesk.service.ReportExportService;
import org.protocoldesk.service.TripService;
import org.protocoldesk.store.DataStore;
import org.protocoldesk.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * What the export of a briefing and of a trip report share: find the trip, check the target before any work, export
 * with the marking given (else the one used last) and record it in the archive. Every refusal is one line and a
 * non-zero exit, with no file written.
 */
@Command(sortOptions = false, usageHelpAutoWidth = true, mixinStandardHelpOptions = true)
abstract class ExportReportCommand implements Callable<Integer> {
    @ParentCommand
    private ExportCommand export;

    @Spec
    private CommandSpec spec;

    @Option(names = "--trip", required = true, paramLabel = "TRIP", description = "the trip's id or exact title")
    private String trip;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "pdf, docx or md")
    private ReportFormat format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the file to write")
    private Path out;

    @Option(names = "--marking", paramLabel = "TEXT",
            description = "handling marking on every page (default: the one used last, else RESTRICTED)")
    private String marking;

    /** The draft of this document for the trip. */
    abstract Optional<ReportDraft> draft(DataStore data, Clock clock, ReportTexts texts, long tripId);

    @Override
    public Integer call() {
        try {
            return export();
        } catch (ExportArguments.Refusal refusal) {
            spec.commandLine().getErr().println("protocol-desk: " + refusal.getMessage());
            return ExitCode.BAD_ARGUMENTS;
        }
    }

    private int export() {
        Path target = ExportArguments.writableTarget(out);
        try (Database database = export.dataFolder().openDatabase()) {
            DataStore data = new DataStore(database.configuration());
            long tripId = ExportArguments.tripId(new TripService(data), trip);
            Clock clock = Clock.systemDefaultZone();
            ReportTexts texts = ReportTexts.english();
            ReportDraft draft = draft(data, clock, texts, tripId)
                    .orElseThrow(() -> new ExportArguments.Refusal("no trip " + trip));
            ReportExportService exports = new ReportExportService(data, clock, new Renderers(texts));
            String used = marking == null ? exports.lastMarking() : marking;
            ArchivedDocument archived = exports.export(draft, draft.defaultText(), format, target, used,
                    ExportProgress.silent());
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.println(target + " (" + archived.format().extension() + ", version " + archived.version()
                    + ", sha256 " + archived.sha256() + ")");
            return ExitCode.DONE;
        }
    }

    static final class FormatConverter implements ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            return ReportFormat.named(value).orElseThrow(() ->
                    new TypeConversionException("unknown format '" + value + "': pdf, docx or md"));
        }
    }
}
