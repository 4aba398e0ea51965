package org.protocoldesk.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.protocoldesk.model.CalendarItem;
import org.protocoldesk.service.CalendarExportService;
import org.protocoldesk.service.TripService;
import org.protocoldesk.store.DataStore;
import org.protocoldesk.store.Database;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code protocol-desk export ics}: a trip, or the days from one date to another, as an iCalendar file. */
@Command(name = "ics", sortOptions = false, usageHelpAutoWidth = true, mixinStandardHelpOptions = true,
        description = "Exports a trip, or a range of days, of the calendar as an .ics file.")
final class ExportIcsCommand implements Callable<Integer> {
    @ParentCommand
    private ExportCommand export;

    @Spec
    private CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Which which;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the .ics file to write")
    private Path out;

    static final class Which {
        @Option(names = "--trip", required = true, paramLabel = "TRIP",
                description = "the trip's id or exact title: the trip and its events, meetings and follow-ups")
        String trip;

        @ArgGroup(exclusive = false)
        Range range;
    }

    static final class Range {
        @Option(names = "--from", required = true, paramLabel = "DATE", description = "the first day, 2026-05-01")
        LocalDate from;

        @Option(names = "--to", required = true, paramLabel = "DATE", description = "the last day, included")
        LocalDate to;
    }

    @Override
    public Integer call() {
        try {
            return exportIcs();
        } catch (ExportArguments.Refusal refusal) {
            spec.commandLine().getErr().println("protocol-desk: " + refusal.getMessage());
            return ExitCode.BAD_ARGUMENTS;
        }
    }

    private int exportIcs() {
        if (which.range != null && which.range.to.isBefore(which.range.from)) {
            throw new ExportArguments.Refusal("--to " + which.range.to + " is before --from " + which.range.from);
        }
        Path target = ExportArguments.writableTarget(out);
        try (Database database = export.dataFolder().openDatabase()) {
            DataStore data = new DataStore(database.configuration());
            CalendarExportService calendar = new CalendarExportService(data, Clock.systemDefaultZone());
            List<CalendarItem> items = which.trip != null
                    ? calendar.ofTrip(ExportArguments.tripId(new TripService(data), which.trip))
                    : calendar.between(which.range.from, which.range.to);
            if (items.isEmpty()) {
                spec.commandLine().getErr().println("protocol-desk: nothing to export: no calendar entry "
                        + (which.trip != null ? "for the trip" : "from " + which.range.from + " to " + which.range.to));
                return ExitCode.NEGATIVE;
            }
            int written = calendar.write(items, target);
            spec.commandLine().getOut().println(target + " (" + written + (written == 1 ? " entry)" : " entries)"));
            return ExitCode.DONE;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
    }
}
