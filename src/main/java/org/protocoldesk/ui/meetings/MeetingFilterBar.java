package org.protocoldesk.ui.meetings;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import org.controlsfx.control.SearchableComboBox;
import org.protocoldesk.model.Country;
import org.protocoldesk.model.MeetingFilter;
import org.protocoldesk.model.MeetingFilterChoices;
import org.protocoldesk.model.PersonChoice;
import org.protocoldesk.model.Topic;
import org.protocoldesk.model.TripSummary;
import org.protocoldesk.ui.common.HoverTooltip;
import org.protocoldesk.ui.form.Checks;
import org.protocoldesk.ui.form.FormBuilder;

/**
 * The filters of the meetings list beside its text filter: a date range (typed as everywhere, "1 Jan 2026"), a
 * country, a counterpart, a topic and a trip, each found by typing part of its name. A date that cannot be read
 * is marked and does not filter. Esc in a field, or Clear, takes that filter (or all of them) away.
 */
final class MeetingFilterBar extends FlowPane {
    private final TextField from = dateField("from", "From");
    private final TextField to = dateField("to", "To");
    private final ComboBox<Country> country = picker("country", "Any country", "Only the meetings held in one country",
            Country::name);
    private final ComboBox<PersonChoice> counterpart = picker("counterpart", "Any counterpart",
            "Only the meetings with one counterpart", PersonChoice::fullName);
    {
        counterpart.setPrefWidth(165); // "Any counterpart" in full
    }
    private final ComboBox<Topic> topic = picker("topic", "Any topic", "Only the meetings about one topic",
            Topic::name);
    private final ComboBox<TripSummary> trip = picker("trip", "Any trip", "Only the meetings of one trip",
            TripSummary::title);
    private final Button clear = new Button("Clear filters");
    private final ReadOnlyObjectWrapper<MeetingFilter> filter = new ReadOnlyObjectWrapper<>(this, "filter",
            MeetingFilter.NONE);

    MeetingFilterBar() {
        getStyleClass().add("meeting-filters");
        setHgap(8);
        setVgap(6);
        setAlignment(Pos.CENTER_LEFT);
        clear.setId("meetings-clear-filters");
        clear.getStyleClass().add(Styles.FLAT);
        clear.setOnAction(event -> clearAll());
        clear.disableProperty().bind(filter.isEqualTo(MeetingFilter.NONE));
        Label dates = new Label("Held");
        getChildren().addAll(dates, from, new Label("–"), to, country, counterpart, topic, trip, clear);
        from.textProperty().addListener(o -> update());
        to.textProperty().addListener(o -> update());
        List.of(country, counterpart, topic, trip).forEach(box -> box.valueProperty().addListener(o -> update()));
    }

    /** The filter chosen; changes as the user chooses. */
    ReadOnlyObjectProperty<MeetingFilter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    MeetingFilter filter() {
        return filter.get();
    }

    /** Offers the countries, counterparts, topics and trips known; what is chosen stays chosen if still offered. */
    void offer(MeetingFilterChoices choices) {
        offer(country, choices.countries(), Country::code);
        offer(counterpart, choices.counterparts(), PersonChoice::id);
        offer(topic, choices.topics(), Topic::id);
        offer(trip, choices.trips(), TripSummary::id);
    }

    private static <T, K> void offer(ComboBox<T> box, List<T> offered, Function<T, K> key) {
        K chosen = box.getValue() == null ? null : key.apply(box.getValue());
        box.getItems().setAll(offered);
        box.setValue(offered.stream().filter(o -> Objects.equals(key.apply(o), chosen)).findFirst().orElse(null));
    }

    private void clearAll() {
        from.clear();
        to.clear();
        List.of(country, counterpart, topic, trip).forEach(box -> box.setValue(null));
    }

    private void update() {
        Optional<LocalDate> start = day(from);
        Optional<LocalDate> end = day(to);
        filter.set(new MeetingFilter(start.orElse(null), end.orElse(null),
                country.getValue() == null ? null : country.getValue().code(),
                counterpart.getValue() == null ? null : counterpart.getValue().id(),
                topic.getValue() == null ? null : topic.getValue().id(),
                trip.getValue() == null ? null : trip.getValue().id()));
    }

    /** The day typed, if it can be read; a field that cannot be read is marked and does not filter. */
    private static Optional<LocalDate> day(TextField field) {
        String text = field.getText() == null ? "" : field.getText().strip();
        Optional<LocalDate> day = text.isEmpty() ? Optional.empty() : Checks.parse(text);
        field.pseudoClassStateChanged(Styles.STATE_DANGER, !text.isEmpty() && day.isEmpty());
        return day;
    }

    private static TextField dateField(String key, String prompt) {
        TextField field = new TextField();
        field.setId("meetings-" + key + "-filter");
        field.setPromptText(prompt);
        field.setPrefColumnCount(6);
        HoverTooltip.on(field, "A day, e.g. 16 May 2024; Esc clears it");
        field.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE && !field.getText().isEmpty()) {
                field.clear();
                event.consume();
            }
        });
        return field;
    }

    private static <T> ComboBox<T> picker(String key, String prompt, String tip, Function<T, String> text) {
        ObservableList<T> items = FXCollections.observableArrayList();
        SearchableComboBox<T> box = new SearchableComboBox<>(items);
        box.setId("meetings-" + key + "-filter");
        box.setPromptText(prompt);
        box.setPrefWidth(140);
        HoverTooltip.on(box, tip + "; Esc clears it");
        box.setConverter(FormBuilder.converter(items, text));
        box.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && box.getValue() != null && !box.isShowing()) {
                box.setValue(null);
                event.consume();
            }
        });
        return box;
    }
}
