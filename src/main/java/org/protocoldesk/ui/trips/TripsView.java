package org.protocoldesk.ui.trips;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import org.protocoldesk.model.TripSummary;
import org.protocoldesk.ui.common.Columns;
import org.protocoldesk.ui.common.EnumLabels;
import org.protocoldesk.ui.common.ListScreen;
import org.protocoldesk.ui.common.ListTexts;
import org.protocoldesk.ui.common.ListViewModel;
import org.protocoldesk.ui.common.Places;
import org.protocoldesk.ui.common.SearchText;
import org.protocoldesk.ui.shell.Section;

/** The journeys of the delegation: when, where, who led it, how many meetings it held. */
public final class TripsView extends ListScreen<TripSummary> {
    private final Button briefing = new Button("Briefing note…");
    private final Button tripReport = new Button("Trip report…");

    private static final ListTexts TEXTS = new ListTexts("Trips", "trip", "trips",
            "Filter by title, place or person",
            "The delegation's journeys are listed here, with their dates, destinations and meetings, once they are "
                    + "recorded.",
            "Press New (Ctrl+N) to add the first trip.");

    public TripsView() {
        super(Section.TRIPS.id(), Section.TRIPS.icon(), TEXTS, new ListViewModel<>(TripsView::searchText), List.of(
                Columns.text("Title", 340, TripSummary::title),
                Columns.approximateRange("Dates", 150, TripSummary::start, TripSummary::end),
                Columns.text("Destinations", 200, t -> Places.of(t.destinations())),
                Columns.text("Led by", 170, TripSummary::headOfDelegation),
                Columns.label("Status", 105, TripSummary::status),
                Columns.number("Meetings", 100, TripSummary::meetingCount)));
        briefing.setId("trips-briefing");
        tripReport.setId("trips-report");
        briefing.disableProperty().bind(selectedRow().isNull());
        tripReport.disableProperty().bind(selectedRow().isNull());
        addActions(briefing, tripReport);
    }

    /** Shows the pane that edits the selected trip beside the list. */
    public void showEditor(Node pane) {
        showBeside(pane);
    }

    /** Opens the briefing note of the selected trip. */
    public Button briefingButton() {
        return briefing;
    }

    /** Opens the trip report of the selected trip. */
    public Button tripReportButton() {
        return tripReport;
    }

    private static String searchText(TripSummary t) {
        return SearchText.of(t.title(), Places.of(t.destinations()), t.headOfDelegation(), EnumLabels.of(t.status()));
    }
}
