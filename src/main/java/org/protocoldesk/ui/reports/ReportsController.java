package org.protocoldesk.ui.reports;

import java.awt.Desktop;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.LongFunction;
import javafx.collections.FXCollections;
import javafx.stage.Window;
import org.protocoldesk.model.ArchivedDocument;
import org.protocoldesk.model.Country;
import org.protocoldesk.model.PersonChoice;
import org.protocoldesk.model.TripSummary;
import org.protocoldesk.service.BriefingService;
import org.protocoldesk.service.CountryService;
import org.protocoldesk.service.ReportDraft;
import org.protocoldesk.service.ReportExportService;
import org.protocoldesk.service.TaskRunner;
import org.protocoldesk.service.TripReportService;
import org.protocoldesk.ui.common.Dialogs;
import org.protocoldesk.ui.trips.TripsView;

/**
 * Opens in its own window the briefing note or trip report of the trip selected on the Trips screen, or an ad hoc
 * briefing asked for in {@link AdHocBriefingDialog}.
 */
public final class ReportsController {
    private final TripsView trips;
    private final TaskRunner tasks;
    private final BriefingService briefings;
    private final ReportExportService exports;
    private final CountryService countries;
    private final Dialogs dialogs;

    public ReportsController(TripsView trips, TaskRunner tasks, BriefingService briefings,
                             TripReportService tripReports, ReportExportService exports, CountryService countries,
                             Dialogs dialogs) {
        this.trips = trips;
        this.tasks = tasks;
        this.briefings = briefings;
        this.exports = exports;
        this.countries = countries;
        this.dialogs = dialogs;
        trips.briefingButton().setOnAction(e -> open(briefings::forTrip));
        trips.tripReportButton().setOnAction(e -> open(tripReports::forTrip));
    }

    /**
     * Asks where, when and whom to meet (the choices read in the background), then opens that briefing; the dialog
     * belongs to {@code owner}, as the Trips screen need not be shown.
     */
    public void adHocBriefing(Window owner) {
        tasks.read(() -> new AdHocChoices(countries.countries(), briefings.counterparts()),
                choices -> new AdHocBriefingDialog(owner, FXCollections.observableArrayList(choices.countries()),
                        choices.people(), request -> show(owner, () -> new Loaded(briefings.adHoc(
                        request.country().code(), request.country().name(), request.from(), request.to(),
                        request.counterparts().stream().map(PersonChoice::id).toList()), exports.lastMarking(),
                        List.of()))).show(),
                problem -> dialogs.failure("The ad hoc briefing could not be started", problem));
    }

    private record AdHocChoices(List<Country> countries, List<PersonChoice> people) {
    }

    private record Loaded(ReportDraft draft, String marking, List<ArchivedDocument> archive) {
    }

    private void open(LongFunction<Optional<ReportDraft>> drafts) {
        TripSummary trip = trips.selectedRow().get();
        if (trip == null) {
            return;
        }
        show(window(), () -> new Loaded(drafts.apply(trip.id()).orElseThrow(), exports.lastMarking(),
                exports.archiveOf(trip.id())));
    }

    private Window window() {
        return trips.getScene() == null ? null : trips.getScene().getWindow();
    }

    /** Assembles the document in the background, then shows it in a report window. */
    private void show(Window owner, Callable<Loaded> assemble) {
        tasks.read(assemble, loaded -> {
            ReportViewModel model = new ReportViewModel(tasks, exports);
            ReportWindow window = new ReportWindow(owner, loaded.draft().title(), model, () -> openFile(model));
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
