package org.protocoldesk.ui.events;

import java.util.List;
import javafx.scene.Node;
import org.protocoldesk.model.EventSummary;
import org.protocoldesk.ui.common.Columns;
import org.protocoldesk.ui.common.ListScreen;
import org.protocoldesk.ui.common.ListTexts;
import org.protocoldesk.ui.common.ListViewModel;
import org.protocoldesk.ui.common.SearchText;
import org.protocoldesk.ui.shell.Section;

/** Conferences and multilateral meetings: name, when (as far as known), where, who hosted; one edited beside. */
public final class EventsView extends ListScreen<EventSummary> {
    private static final ListTexts TEXTS = new ListTexts("Events", "event", "events",
            "Filter by name, series, place or host",
            "Conferences and multilateral meetings are listed here once they are recorded.",
            "Press New (Ctrl+N) to add the first event.");

    public EventsView() {
        super(Section.EVENTS.id(), Section.EVENTS.icon(), TEXTS, new ListViewModel<>(EventsView::searchText), List.of(
                Columns.text("Name", 320, (EventSummary e) -> e.event().name()),
                Columns.approximateRange("Dates", 140, (EventSummary e) -> e.event().start(), e -> e.event().end()),
                Columns.text("Place", 160, EventsView::place),
                Columns.hidden(Columns.text("Host", 200, EventSummary::hostOrganisationName))));
    }

    /** Shows the pane that edits the selected event beside the list. */
    public void showEditor(Node pane) {
        showBeside(pane);
    }

    private static String place(EventSummary e) {
        return SearchText.joined(", ", e.event().city(), e.countryName());
    }

    private static String searchText(EventSummary e) {
        return SearchText.of(e.event().name(), e.event().series(), e.event().venue(), place(e),
                e.hostOrganisationName());
    }
}
