package org.protocoldesk.ui.reports;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.protocoldesk.model.Country;
import org.protocoldesk.model.PersonChoice;
import org.protocoldesk.ui.common.PersonChoices;
import org.protocoldesk.ui.form.Checks;
import org.protocoldesk.ui.form.FormBuilder;
import org.protocoldesk.ui.form.FormField;
import org.protocoldesk.ui.form.Fields;
import org.protocoldesk.ui.meetinglog.TagPicker;
import org.protocoldesk.ui.shell.Stylesheet;

/**
 * What an ad hoc briefing is about: the destination country, the dates and the counterparts to be met (picked by
 * typing, as in Log meeting). Every field is checked at once on Prepare; a wrong one says so beside it and nothing
 * is prepared. Enter prepares, Escape closes.
 */
final class AdHocBriefingDialog {
    /** A valid request, handed to whoever prepares the briefing. */
    record Request(Country country, LocalDate from, LocalDate to, List<PersonChoice> counterparts) {
    }

    private final Stage stage = new Stage();
    private final Fields fields = new Fields();
    private final FormField<Country> country = fields.<Country>choice("country", "Country").check(Checks::requiredChoice);
    private final FormField<String> from = fields.dateText("from", "From").check(Checks::required);
    private final FormField<String> to = fields.dateText("to", "To").check(Checks::required);
    private final ObservableList<Country> countries;
    private final List<PersonChoice> people;
    private final FormField<List<PersonChoice>> counterparts = fields.<List<PersonChoice>>choice("counterparts",
            "Counterparts").check(chosen -> chosen == null || chosen.isEmpty() ? "Choose at least one." : null);

    AdHocBriefingDialog(Window owner, ObservableList<Country> countries, List<PersonChoice> people,
                        Consumer<Request> prepare) {
        this.countries = countries;
        this.people = people;
        to.check(() -> Checks.notBefore(from.valueProperty(), to.get()), from.valueProperty());
        FormBuilder form = new FormBuilder("adhoc");
        form.picker(country, countries, Country::name);
        form.date(from);
        form.date(to);
        TagPicker<PersonChoice> picker = new TagPicker<>("adhoc-counterparts", counterparts,
                FXCollections.observableArrayList(people), PersonChoice::fullName, PersonChoices::detail,
                PersonChoices::searchText, typed -> { });
        form.row("counterparts-row", "Counterparts", picker);
        Label counterpartsError = new Label();
        counterpartsError.setId("adhoc-counterparts-error");
        counterpartsError.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
        counterpartsError.textProperty().bind(counterparts.errorProperty());

        Button prepareButton = new Button("Prepare briefing");
        prepareButton.setId("adhoc-prepare");
        prepareButton.setDefaultButton(true);
        prepareButton.setOnAction(e -> {
            if (fields.revealAll()) {
                stage.close();
                prepare.accept(new Request(country.get(), Checks.parse(from.get()).orElseThrow(),
                        Checks.parse(to.get()).orElseThrow(), counterparts.get()));
            }
        });
        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        HBox buttons = new HBox(8, cancel, prepareButton);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        Label intro = new Label("A briefing for a visit that is not a trip on record: where, when and whom to meet.");
        intro.setWrapText(true);
        VBox root = new VBox(12, intro, form.build(), counterpartsError, buttons);
        root.setPadding(new Insets(16));
        root.setPrefWidth(560);

        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Ad hoc briefing");
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Stylesheet.url());
        stage.setScene(scene);
    }

    /** Chooses that counterpart and that country (either ignored if not among the choices; the country may be null). */
    void choose(long counterpartId, String countryCode) {
        people.stream().filter(p -> p.id() == counterpartId).findFirst()
                .ifPresent(person -> counterparts.set(List.of(person)));
        countries.stream().filter(c -> c.code().equals(countryCode)).findFirst().ifPresent(country::set);
    }

    void show() {
        stage.show();
    }
}
