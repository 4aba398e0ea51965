package org.protocoldesk.ui.reports;

import java.awt.Desktop;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import org.protocoldesk.model.ArchivedDocument;
import org.protocoldesk.model.TripSummary;
import org.protocoldesk.service.BriefingService;
import org.protocoldesk.service.ReportDraft;
import org.protocoldesk.service.ReportExportService;
import org.protocoldesk.service.TaskRunner;
import org.protocoldesk.service.TripReportService;
import org.protocoldesk.ui.common.Dialogs;
import org.protocoldesk.ui.trips.TripsView;

/** Opens the briefing note or trip report of the trip selected on the Trips screen in its own window. */
public final class ReportsController {
    private final TripsView trips;
    private final TaskRunner tasks;
    private final ReportExportService exports;
    private final Dialogs dialogs;

    public ReportsController(TripsView trips, TaskRunner tasks, BriefingService briefings,
                             TripReportService tripReports, ReportExportService exports, Dialogs dialogs) {
        this.trips = trips;
        this.tasks = tasks;
        this.exports = exports;
        this.dialogs = dialogs;
        trips.briefingButton().setOnAction(e -> open(briefings::forTrip));
        trips.tripReportButton().setOnAction(e -> open(tripReports::forTrip));
    }

    private record Loaded(ReportDraft draft, String marking, List<ArchivedDocument> archive) {
    }

    private void open(LongFunction<Optional<ReportDraft>> drafts) {
        TripSummary trip = trips.selectedRow().get();
        if (trip == null) {
            return;
        }
        tasks.read(() -> new Loaded(drafts.apply(trip.id()).orElseThrow(), exports.lastMarking(),
                exports.archiveOf(trip.id())), loaded -> {
            ReportViewModel model = new ReportViewModel(tasks, exports);
            ReportWindow window = new ReportWindow(trips.getScene().getWindow(),
                    loaded.draft().title(), model, () -> openFile(model));
            model.show(loaded.draft(), loaded.marking(), loaded.archive());
            window.show();
        }, problem -> dialogs.failure("The document could not be assembled", problem));
    }

    /** Opens the exported file with the system's application for it, off the FX thread. */
    private void openFile(ReportViewModel model) {
        Path file = Path.of(model.target.get().strip());
        tasks.read(() -> {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                try {
                    Desktop.getDesktop().open(file.toFile());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return file;
        }, opened -> { }, problem -> dialogs.failure("The file could not be opened", problem));
    }
}
