package org.protocoldesk.ui.counterparts;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import org.protocoldesk.model.CounterpartSummary;
import org.protocoldesk.model.SortKey;
import org.protocoldesk.ui.common.Columns;
import org.protocoldesk.ui.common.HoverTooltip;
import org.protocoldesk.ui.common.ListScreen;
import org.protocoldesk.ui.common.ListTexts;
import org.protocoldesk.ui.common.ListViewModel;
import org.protocoldesk.ui.common.SearchText;
import org.protocoldesk.ui.shell.Section;

/**
 * The registry of counterparts: who they are, the post they hold, where; filtered by text, country and the
 * organisation of the current post; the selected one's profile beside the list.
 */
public final class CounterpartsView extends ListScreen<CounterpartSummary> {
    private static final ListTexts TEXTS = new ListTexts("Counterparts", "counterpart", "counterparts",
            "Filter by name, post or organisation",
            "The people the delegation meets are listed here, with their current post, once they are recorded.",
            "Press New (Ctrl+N) to add the first counterpart; a name typed in the Log meeting form (Ctrl+L) is "
                    + "added too.");
    private static final String ALL_COUNTRIES = "All countries";
    private static final String ALL_ORGANISATIONS = "All organisations";

    private final ComboBox<String> countryFilter = new ComboBox<>();
    private final ComboBox<String> organisationFilter = new ComboBox<>();

    public CounterpartsView() {
        super(Section.COUNTERPARTS.id(), Section.COUNTERPARTS.icon(), TEXTS,
                new ListViewModel<>(CounterpartsView::searchText), List.of(
                        Columns.text("Name", 220, CounterpartSummary::fullName),
                        Columns.hidden(Columns.text("Honorific", 90, CounterpartSummary::honorific)),
                        Columns.text("Post", 200, CounterpartSummary::postTitle),
                        Columns.hidden(Columns.text("Organisation", 220, CounterpartSummary::organisationName)),
                        Columns.text("Country", 120, CounterpartSummary::countryName)));
        countryFilter.setId("counterparts-country-filter");
        HoverTooltip.on(countryFilter, "Only the counterparts of one country");
        organisationFilter.setId("counterparts-organisation-filter");
        HoverTooltip.on(organisationFilter, "Only the counterparts who now hold a post there");
        countryFilter.setPrefWidth(150);
        organisationFilter.setPrefWidth(170);
        countryFilter.setMinWidth(90);
        organisationFilter.setMinWidth(90);
        addFilters(countryFilter, organisationFilter);
        // Once the rows have reached the filtered list: changing its predicate during the change corrupts it.
        rows().all().addListener((ListChangeListener<CounterpartSummary>) change ->
                Platform.runLater(this::offerFilters));
        offerFilters();
        countryFilter.valueProperty().addListener(o -> applyFilters());
        organisationFilter.valueProperty().addListener(o -> applyFilters());
    }

    /** Shows the pane that edits the selected counterpart beside the list. */
    public void showEditor(Node pane) {
        showBeside(pane);
    }

    private void offerFilters() {
        offer(countryFilter, ALL_COUNTRIES, CounterpartSummary::countryName);
        offer(organisationFilter, ALL_ORGANISATIONS, CounterpartSummary::organisationName);
    }

    private void offer(ComboBox<String> filter, String all, Function<CounterpartSummary, String> value) {
        String chosen = filter.getValue();
        List<String> names = rows().all().stream().map(value)
                .filter(Objects::nonNull).distinct().sorted(Comparator.comparing(SortKey::of)).toList();
        filter.getItems().setAll(all);
        filter.getItems().addAll(names);
        filter.setValue(chosen != null && names.contains(chosen) ? chosen : all);
    }

    private void applyFilters() {
        String country = chosen(countryFilter, ALL_COUNTRIES);
        String organisation = chosen(organisationFilter, ALL_ORGANISATIONS);
        rows().setCondition(row -> (country == null || country.equals(row.countryName()))
                && (organisation == null || organisation.equals(row.organisationName())));
    }

    private static String chosen(ComboBox<String> filter, String all) {
        return filter.getValue() == null || filter.getValue().equals(all) ? null : filter.getValue();
    }

    private static String searchText(CounterpartSummary c) {
        return SearchText.of(c.fullName(), c.honorific(), c.postTitle(), c.organisationName(), c.countryName());
    }
}
