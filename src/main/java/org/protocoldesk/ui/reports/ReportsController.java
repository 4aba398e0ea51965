package org.protocoldesk.ui.reports;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import javafx.collections.FXCollections;
import javafx.scene.Node;
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
    private final FileOpener opener;
    private Consumer<ArchivedDocument> onExported = exported -> { };

    public ReportsController(TripsView trips, TaskRunner tasks, BriefingService briefings,
                             TripReportService tripReports, ReportExportService exports, CountryService countries,
                             Dialogs dialogs) {
        this.trips = trips;
        this.tasks = tasks;
        this.briefings = briefings;
        this.exports = exports;
        this.countries = countries;
        this.dialogs = dialogs;
        this.opener = new FileOpener(tasks, dialogs);
        trips.briefingButton().setOnAction(e -> open(briefings::forTrip));
        trips.tripReportButton().setOnAction(e -> open(tripReports::forTrip));
    }

    /** Tells {@code listener} of every export made from a report window (e.g. to list it on the trip's pane). */
    public void setOnExported(Consumer<ArchivedDocument> listener) {
        this.onExported = listener;
    }

    /**
     * Asks where, when and whom to meet (the choices read in the background), then opens that briefing; the dialog
     * belongs to {@code owner}, as the Trips screen need not be shown.
     */
    public void adHocBriefing(Window owner) {
        adHocBriefing(owner, dialog -> { });
    }

    /**
     * The same from another screen ({@code from} is a node of it, for the window to open over), with that counterpart
     * and their country (if they have one) already chosen.
     */
    public void adHocBriefingWith(Node from, long counterpartId, String countryCode) {
        adHocBriefing(window(from), dialog -> dialog.choose(counterpartId, countryCode));
    }

    private void adHocBriefing(Window owner, Consumer<AdHocBriefingDialog> preset) {
        tasks.read(() -> new AdHocChoices(countries.countries(), briefings.counterparts()), choices -> {
            AdHocBriefingDialog dialog = new AdHocBriefingDialog(owner,
                    FXCollections.observableArrayList(choices.countries()), choices.people(),
                    request -> show(owner, () -> new Loaded(briefings.adHoc(request.country().code(),
                            request.country().name(), request.from(), request.to(), request.counterparts().stream()
                            .map(PersonChoice::id).toList()), exports.lastMarking(), List.of())));
            preset.accept(dialog);
            dialog.show();
        }, problem -> dialogs.failure("The ad hoc briefing could not be started", problem));
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
        show(window(trips), () -> new Loaded(drafts.apply(trip.id()).orElseThrow(), exports.lastMarking(),
                exports.archiveOf(trip.id())));
    }

    private static Window window(Node node) {
        return node.getScene() == null ? null : node.getScene().getWindow();
    }

    /** Assembles the document in the background, then shows it in a report window. */
    private void show(Window owner, Callable<Loaded> assemble) {
        tasks.read(assemble, loaded -> {
            ReportViewModel model = new ReportViewModel(tasks, exports, archived -> onExported.accept(archived));
            ReportWindow window = new ReportWindow(owner, loaded.draft().title(), model,
                    () -> opener.open(Path.of(model.target.get().strip())));
            model.show(loaded.draft(), loaded.marking(), loaded.archive());
            window.show();
        }, problem -> dialogs.failure("The document could not be assembled", problem));
    }
}
