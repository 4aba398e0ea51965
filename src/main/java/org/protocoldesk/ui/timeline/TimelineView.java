package org.protocoldesk.ui.timeline;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.CustomTextField;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import org.protocoldesk.model.TimelineChoice;
import org.protocoldesk.model.TimelineEntry;
import org.protocoldesk.model.TimelineKind;
import org.protocoldesk.model.TimelineSubject;
import org.protocoldesk.ui.common.Dates;
import org.protocoldesk.ui.common.EnumLabels;
import org.protocoldesk.ui.common.KindLegend;
import org.protocoldesk.ui.common.LoadState;
import org.protocoldesk.ui.common.PillSwitch;
import org.protocoldesk.ui.common.ScreenHeader;
import org.protocoldesk.ui.common.SearchText;
import org.protocoldesk.ui.common.StateMessage;
import org.protocoldesk.ui.shell.Section;

/**
 * The relationship with a counterpart, an organisation or a country over time. On the left a picker; on the right,
 * at a glance the last meeting, what is still open, then every entry, newest first, grouped by year, month or day.
 */
public final class TimelineView extends VBox {
    static final String COUNTRY_NOTE = "A country's timeline holds the meetings held there or with a counterpart or "
            + "organisation of that country, the events held there, and its invitations and documents.";

    private final TimelineModel model = new TimelineModel();
    private final CustomTextField find = new CustomTextField();
    private final ListView<TimelineChoice> choices = new ListView<>();
    private final ListView<TimelineRow> list = new ListView<>(model.rows());
    private final Label glance = new Label();
    private final Label status = new Label();
    private final Label countryNote = new Label(COUNTRY_NOTE);
    private final StackPane body = new StackPane();
    private LocalDate today = LocalDate.now();
    private Consumer<TimelineEntry> onOpen = entry -> { };
    private Runnable onRetry = () -> { };
    private Runnable onReachedOlder = () -> { };

    public TimelineView() {
        setId(Section.TIMELINE.id() + "-screen");
        getStyleClass().addAll("screen", "timeline-screen");
        ScreenHeader header = new ScreenHeader(Section.TIMELINE.title(), new PillSwitch<>("timeline-zoom",
                List.of(TimelineZoom.values()), TimelineZoom::label, model.zoom()));
        header.subtitle().textProperty().bind(Bindings.createStringBinding(
                () -> model.subject().get() == null ? "" : model.subject().get().name(), model.subject()));

        find.setId("timeline-find");
        find.setPromptText("Counterpart, organisation or country");
        find.setLeft(new FontIcon(Material2OutlinedMZ.SEARCH));
        find.getStyleClass().add("list-filter"); // Ctrl+F reaches it, as it reaches the filter of a list
        // Enter takes the first match; Down goes into the matches.
        find.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && !choices.getItems().isEmpty()) {
                choices.getSelectionModel().selectFirst();
            } else if (event.getCode() == KeyCode.DOWN && !choices.getItems().isEmpty()) {
                choices.requestFocus();
                choices.getSelectionModel().selectFirst();
            }
        });
        choices.setId("timeline-choices");
        choices.getStyleClass().add("timeline-choices");
        choices.setCellFactory(view -> new ChoiceCell());
        choices.getSelectionModel().selectedItemProperty().addListener((p, was, now) -> {
            if (now != null) {
                model.subject().set(now);
            }
        });
        choices.setPlaceholder(new Label("No counterpart, organisation or country of that name"));
        VBox.setVgrow(choices, Priority.ALWAYS);
        VBox picker = new VBox(find, choices);
        picker.getStyleClass().add("timeline-picker");

        glance.setId("timeline-glance");
        glance.getStyleClass().add("timeline-glance");
        glance.setWrapText(true);
        countryNote.getStyleClass().addAll("timeline-note", Styles.TEXT_MUTED);
        countryNote.setWrapText(true);
        countryNote.managedProperty().bind(countryNote.visibleProperty());
        countryNote.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.subject().get() != null
                && model.subject().get().subject() instanceof TimelineSubject.OfCountry, model.subject()));
        status.setId("timeline-status");
        status.getStyleClass().addAll("timeline-status", Styles.TEXT_MUTED);

        list.setId("timeline-list");
        list.getStyleClass().add("timeline-list");
        list.setCellFactory(view -> new RowCell());
        list.setOnKeyPressed(event -> {
            TimelineRow row = list.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && row != null && row.entry() != null) {
                onOpen.accept(row.entry());
            }
        });
        VBox.setVgrow(body, Priority.ALWAYS);
        VBox detail = new VBox(glance, countryNote,
                new KindLegend<>("timeline-kind", TimelineKind.class, TimelineView::icon, model.shownKinds()), body, status);
        detail.getStyleClass().add("timeline-detail");
        HBox.setHgrow(detail, Priority.ALWAYS);

        HBox columns = new HBox(picker, detail);
        columns.getStyleClass().add("timeline-columns");
        VBox.setVgrow(columns, Priority.ALWAYS);
        getChildren().addAll(header, columns);

        model.rows().addListener((ListChangeListener<TimelineRow>) change -> refreshTexts());
        model.glance().addListener((p, was, now) -> refreshTexts());
        model.state().addListener((p, was, now) -> refreshBody());
        refreshBody();
    }

    static Ikon icon(TimelineKind kind) {
        return switch (kind) {
            case MEETING -> Material2OutlinedAL.FORUM;
            case INVITATION -> Material2OutlinedMZ.MAIL_OUTLINE;
            case DOCUMENT -> Material2OutlinedAL.DESCRIPTION;
            case EVENT -> Material2OutlinedAL.EVENT;
            case POST -> Material2OutlinedAL.BUSINESS_CENTER;
            case FOLLOW_UP -> Material2OutlinedAL.ASSIGNMENT_LATE;
        };
    }

    private void refreshBody() {
        LoadState state = model.state().get();
        if (state == null) {
            body.getChildren().setAll(StateMessage.empty(Section.TIMELINE.icon(), "Choose whose timeline to show",
                    "Find a counterpart, an organisation or a country on the left."));
        } else if (state == LoadState.LOADING) {
            body.getChildren().setAll(StateMessage.loading("Loading the timeline…"));
        } else if (state == LoadState.FAILED) {
            body.getChildren().setAll(StateMessage.failed("The timeline could not be loaded.", () -> onRetry.run()));
        } else if (model.all().isEmpty()) {
            body.getChildren().setAll(StateMessage.empty(Section.TIMELINE.icon(), "Nothing recorded yet",
                    "No meeting, invitation, document, event or post is recorded for " + model.subject().get().name()
                            + "."));
        } else {
            body.getChildren().setAll(list);
        }
        refreshTexts();
    }

    private void refreshTexts() {
        if (model.state().get() != LoadState.LOADED) {
            glance.setText("");
            status.setText("");
            return;
        }
        String lastMet = model.lastMeeting().map(m -> "Last met " + Dates.day(m.start())
                + (m.people().isEmpty() ? "" : " (" + String.join(", ", m.people()) + ")")).orElse("Never met");
        glance.setText(lastMet + " · " + Optional.ofNullable(model.glance().get()).map(open -> count(open.openFollowUps(), "follow-up",
                "follow-ups") + " still open · " + count(open.pendingInvitations(), "invitation", "invitations")
                + " awaiting a decision").orElse("counting what is still open…"));
        String older = model.olderBefore().isPresent() ? "; earlier ones are read as you scroll down" : "";
        status.setText(model.span(today).map(span -> model.shown().size() + " of " + model.all().size()
                        + " entries read, from " + Dates.day(span[0]) + " to " + Dates.day(span[1]) + ", newest first")
                .orElse(model.all().isEmpty() ? "" : "No entry of the kinds shown") + older);
    }

    private static String count(int count, String one, String many) {
        return count == 0 ? "no " + one : count + " " + (count == 1 ? one : many);
    }

    /** The picker's text: the controller finds what matches it. */
    CustomTextField find() {
        return find;
    }

    ListView<TimelineChoice> choices() {
        return choices;
    }

    TimelineModel model() {
        return model;
    }

    void setToday(LocalDate today) {
        this.today = today;
        refreshTexts();
    }

    void setOnOpen(Consumer<TimelineEntry> onOpen) {
        this.onOpen = onOpen;
    }

    void setOnRetry(Runnable onRetry) {
        this.onRetry = onRetry;
    }

    /** Told when the row that stands for the older entries comes into view: time to read the page before. */
    void setOnReachedOlder(Runnable onReachedOlder) {
        this.onReachedOlder = onReachedOlder;
    }

    void loading() {
        model.state().set(LoadState.LOADING);
    }

    void failed() {
        model.state().set(LoadState.FAILED);
    }

    private static final class ChoiceCell extends ListCell<TimelineChoice> {
        ChoiceCell() {
            setPrefWidth(0); // as wide as the list, long names cut with an ellipsis, no sideways scrolling
        }

        @Override
        protected void updateItem(TimelineChoice choice, boolean empty) {
            super.updateItem(choice, empty);
            if (empty || choice == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(choice.name());
            TimelineSubject subject = choice.subject();
            setGraphic(new FontIcon(subject instanceof TimelineSubject.OfCounterpart ? Section.COUNTERPARTS.icon()
                    : subject instanceof TimelineSubject.OfOrganisation ? Section.ORGANISATIONS.icon()
                    : Material2OutlinedAL.FLAG));
        }
    }

    /** A heading, or an entry: when, what kind, what, with whom, and its status. */
    private final class RowCell extends ListCell<TimelineRow> {
        RowCell() {
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(TimelineRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("timeline-heading", "timeline-entry", "timeline-older");
            setOnMouseClicked(null);
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            if (row.isHeading()) {
                getStyleClass().add("timeline-heading");
                setText(row.heading());
                setGraphic(null);
                return;
            }
            if (row.isOlder()) {
                getStyleClass().add("timeline-older");
                setText("Reading earlier entries…");
                setGraphic(null);
                onReachedOlder.run();
                return;
            }
            getStyleClass().add("timeline-entry");
            setText(null);
            setGraphic(entry(row.entry()));
            setOnMouseClicked(event -> onOpen.accept(row.entry()));
        }

        private HBox entry(TimelineEntry entry) {
            Label when = new Label(when(entry));
            when.getStyleClass().add("timeline-when");
            Label kind = new Label(EnumLabels.of(entry.kind()), new FontIcon(icon(entry.kind())));
            kind.getStyleClass().addAll("calendar-item", KindLegend.styleClass(entry.kind()), "timeline-kind");
            Label title = new Label(SearchText.joined(" — ", entry.title(), String.join(", ", entry.people()),
                    entry.organisation()));
            title.getStyleClass().add("timeline-title");
            title.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(title, Priority.ALWAYS);
            Label state = new Label(entry.status() == null ? "" : EnumLabels.of(entry.status()));
            state.getStyleClass().addAll("timeline-state", Styles.TEXT_MUTED);
            HBox box = new HBox(when, kind, title, state);
            box.getStyleClass().add("timeline-row");
            box.setAlignment(Pos.CENTER_LEFT);
            return box;
        }

        private String when(TimelineEntry entry) {
            if (entry.ongoing()) {
                return "since " + Dates.day(entry.start());
            }
            return entry.end() == null ? Dates.day(entry.start()) : Dates.range(entry.start(), entry.end());
        }
    }
}
