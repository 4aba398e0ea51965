package org.protocoldesk.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.protocoldesk.model.ArchivedDocument;
import org.protocoldesk.model.ReportFormat;
import org.protocoldesk.model.TripSummary;
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
        } catch (Refusal refusal) {
            spec.commandLine().getErr().println("protocol-desk: " + refusal.getMessage());
            return ExitCode.BAD_ARGUMENTS;
        }
    }

    private int export() {
        Path target = out.toAbsolutePath();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder) || !Files.isWritable(folder) || Files.isDirectory(target)) {
            throw refused("cannot write " + out + ": " + (Files.isDirectory(target) ? "it is a folder"
                    : "its folder does not exist or is not writable"));
        }
        try (Database database = export.dataFolder().openDatabase()) {
            DataStore data = new DataStore(database.configuration());
            long tripId = tripId(new TripService(data));
            Clock clock = Clock.systemDefaultZone();
            ReportTexts texts = ReportTexts.english();
            ReportDraft draft = draft(data, clock, texts, tripId).orElseThrow(() -> refused("no trip " + trip));
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

    private long tripId(TripService trips) {
        List<TripSummary> named = trips.named(trip);
        if (named.isEmpty()) {
            throw refused("no trip with the id or exact title '" + trip + "'");
        }
        if (named.size() > 1) {
            throw refused("several trips are titled '" + trip + "': give the id");
        }
        return named.get(0).id();
    }

    private static Refusal refused(String message) {
        return new Refusal(message);
    }

    /** A request that cannot be done as asked: said in one line, exit 2, nothing written. */
    private static final class Refusal extends RuntimeException {
        Refusal(String message) {
            super(message);
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
