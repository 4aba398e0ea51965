package org.protocoldesk.ui.counterparts;

import java.util.List;
import org.protocoldesk.model.CounterpartSummary;
import org.protocoldesk.ui.common.Columns;
import org.protocoldesk.ui.common.ListScreen;
import org.protocoldesk.ui.common.ListTexts;
import org.protocoldesk.ui.common.ListViewModel;
import org.protocoldesk.ui.common.SearchText;
import org.protocoldesk.ui.shell.Section;

/** The registry of counterparts: who they are, the post they hold, where. */
public final class CounterpartsView extends ListScreen<CounterpartSummary> {
    private static final ListTexts TEXTS = new ListTexts("Counterparts", "counterpart", "counterparts",
            "Filter by name, post or organisation",
            "The people the delegation meets are listed here, with their current post, once they are recorded.");

    public CounterpartsView() {
        super(Section.COUNTERPARTS.id(), Section.COUNTERPARTS.icon(), TEXTS,
                new ListViewModel<>(CounterpartsView::searchText), List.of(
                        Columns.text("Name", 260, CounterpartSummary::fullName),
                        Columns.text("Honorific", 100, CounterpartSummary::honorific),
                        Columns.text("Post", 250, CounterpartSummary::postTitle),
                        Columns.text("Organisation", 280, CounterpartSummary::organisationName),
                        Columns.text("Country", 140, CounterpartSummary::countryName)));
    }

    private static String searchText(CounterpartSummary c) {
        return SearchText.of(c.fullName(), c.honorific(), c.postTitle(), c.organisationName(), c.countryName());
    }
}
