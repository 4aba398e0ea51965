package org.protocoldesk.ui.organisations;

import java.util.List;
import javafx.scene.Node;
import org.protocoldesk.model.OrganisationSummary;
import org.protocoldesk.ui.common.Columns;
import org.protocoldesk.ui.common.EnumLabels;
import org.protocoldesk.ui.common.ListScreen;
import org.protocoldesk.ui.common.ListTexts;
import org.protocoldesk.ui.common.ListViewModel;
import org.protocoldesk.ui.common.SearchText;
import org.protocoldesk.ui.shell.Section;

/** The registry of organisations: name, short name, kind, country and notes. */
public final class OrganisationsView extends ListScreen<OrganisationSummary> {
    private static final ListTexts TEXTS = new ListTexts("Organisations", "organisation", "organisations",
            "Filter by name, kind or country",
            "Prosecutor's offices, ministries and international bodies are listed here once they are recorded.",
            "Press New (Ctrl+N) to add the first organisation.");

    public OrganisationsView() {
        super(Section.ORGANISATIONS.id(), Section.ORGANISATIONS.icon(), TEXTS,
                new ListViewModel<>(OrganisationsView::searchText), List.of(
                        Columns.text("Name", 300, (OrganisationSummary o) -> o.organisation().name()),
                        Columns.text("Short", 90, (OrganisationSummary o) -> o.organisation().shortName()),
                        Columns.hidden(Columns.label("Kind", 200, (OrganisationSummary o) -> o.organisation().kind())),
                        Columns.text("Country", 140, OrganisationSummary::countryName),
                        Columns.hidden(Columns.text("Notes", 180,
                                (OrganisationSummary o) -> o.organisation().notes()))));
    }

    /** Shows the pane that edits the selected organisation beside the list. */
    public void showEditor(Node pane) {
        showBeside(pane);
    }

    private static String searchText(OrganisationSummary o) {
        return SearchText.of(o.organisation().name(), o.organisation().shortName(),
                EnumLabels.of(o.organisation().kind()), o.countryName());
    }
}
