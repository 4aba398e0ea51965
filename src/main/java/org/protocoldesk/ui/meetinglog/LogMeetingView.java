package org.protocoldesk.ui.meetinglog;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.event.Event;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.protocoldesk.model.DocumentKind;
import org.protocoldesk.model.DocumentStatus;
import org.protocoldesk.model.EventSummary;
import org.protocoldesk.model.InvitationDirection;
import org.protocoldesk.model.InvitationOccasion;
import org.protocoldesk.model.OutcomeKind;
import org.protocoldesk.model.Party;
import org.protocoldesk.model.PersonChoice;
import org.protocoldesk.model.TripSummary;
import org.protocoldesk.ui.common.EnumLabels;
import org.protocoldesk.ui.common.PersonChoices;
import org.protocoldesk.ui.form.FormBuilder;
import org.protocoldesk.ui.form.FormField;

/**
 * The nodes of the Log meeting form, in the order Tab visits them: counterparts, date, time (and its zone), place,
 * trip, event, our participants, topics, summary, outcomes, follow-ups. It binds the form and decides nothing.
 */
final class LogMeetingView {
    static final String ID = "log-meeting";

    private final LogMeetingForm form;
    private final BorderPane root = new BorderPane();
    private final ObservableList<PersonChoice> attendees = FXCollections.observableArrayList();
    private final VBox outcomeRows = new VBox(12);
    private final VBox followUpRows = new VBox(12);
    final TagPicker<PersonChoice> counterparts;
    final NewCounterpartPane newCounterpart;
    final Button save = new Button("Save", new FontIcon(Material2MZ.SAVE));
    final Button close = new Button("Close");
    final Button addOutcome = new Button("Add outcome", new FontIcon(Material2AL.ADD));
    final Button addFollowUp = new Button("Add follow-up", new FontIcon(Material2AL.ADD));

    LogMeetingView(LogMeetingForm form, NewCounterpartPane newCounterpart) {
        this.form = form;
        this.newCounterpart = newCounterpart;
        root.setId(ID);
        root.getStyleClass().add("log-meeting");
        FormBuilder who = new FormBuilder(ID).section("Who, when and where");
        counterparts = new TagPicker<>(ID + "-counterparts", form.counterparts, form.counterpartChoices(),
                PersonChoice::fullName, PersonChoices::detail, PersonChoices::searchText,
                this::createCounterpart);
        newCounterpart.setOnCreated(created -> {
            form.addCreated(created);
            counterparts.add(created);
        });
        who.row("counterparts-row", "Counterparts", withError(form.counterparts,
                new VBox(6, counterparts, newCounterpart), "counterparts"));
        who.date(form.date);
        who.text(form.time).setPromptText("e.g. 10:30");
        who.text(form.zone).setPromptText("e.g. Asia/Dushanbe");
        who.text(form.place);
        KeyboardChoice.install(who.choice(form.trip, form.trips(), TripSummary::title));
        KeyboardChoice.install(who.choice(form.event, form.events(), e -> e.event().name()));
        TagPicker<PersonChoice> ours = new TagPicker<>(ID + "-ours", form.ours, form.ourChoices(),
                PersonChoice::fullName, PersonChoices::detail, PersonChoices::searchText, typed -> { });
        who.row("ours-row", "Our participants", ours);

        FormBuilder what = new FormBuilder(ID).section("What was said and agreed");
        TagPicker<String> topics = new TagPicker<>(ID + "-topics", form.topics, form.knownTopics(), t -> t,
                t -> "", t -> t, this::addTopic);
        this.topicPicker = topics;
        what.row("topics-row", "Topics", topics);
        tabLeaves(what.area(form.summary, 4));
        addOutcome.setId(ID + "-add-outcome");
        addOutcome.setOnAction(event -> focusFirst(form.addOutcome()));
        what.row("outcomes", "Outcomes", new VBox(8, outcomeRows, addOutcome));
        addFollowUp.setId(ID + "-add-follow-up");
        addFollowUp.setOnAction(event -> focusFirst(form.addFollowUp()));
        what.row("follow-ups", "Follow-ups", new VBox(8, followUpRows, addFollowUp));

        form.outcomes().addListener((ListChangeListener<OutcomeRow>) c -> showOutcomes());
        form.followUps().addListener((ListChangeListener<FollowUpRow>) c -> showFollowUps());
        form.counterparts.valueProperty().addListener(o -> updateAttendees());
        form.ours.valueProperty().addListener(o -> updateAttendees());
        form.event.valueProperty().addListener((p, was, now) -> eventChosen(now));

        VBox body = new VBox(8, who.build(), what.build());
        body.getStyleClass().add("log-meeting-body");
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        root.setCenter(scroll);
        root.setBottom(buttons());
    }

    private final TagPicker<String> topicPicker;

    Parent root() {
        return root;
    }

    /** Where the form starts: the counterpart field. */
    void focusStart() {
        counterparts.input().requestFocus();
    }

    private void createCounterpart(String typed) {
        newCounterpart.open(typed, () -> counterparts.input().requestFocus());
    }

    private void addTopic(String typed) {
        topicPicker.add(typed);
    }

    private HBox buttons() {
        save.setId(ID + "-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setFocusTraversable(false);
        close.setId(ID + "-close");
        close.setFocusTraversable(false);
        Label hint = new Label("Ctrl+Enter saves, Esc closes");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        Label problem = new Label();
        problem.setId(ID + "-problem");
        problem.getStyleClass().addAll("form-problem", Styles.DANGER);
        problem.textProperty().bind(form.problemProperty());
        problem.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, problem, spacer, hint, close, save);
        bar.getStyleClass().add("form-buttons");
        bar.setAlignment(Pos.CENTER_RIGHT);
        return bar;
    }

    /** The venue of the event chosen is the place, unless one was typed. */
    private void eventChosen(EventSummary chosen) {
        if (chosen != null && (form.place.get() == null || form.place.get().isBlank()) && chosen.event().venue() != null) {
            form.place.set(chosen.event().venue());
        }
        if (chosen != null && chosen.event().timeZone() != null && form.zone.get().isBlank()) {
            form.zone.set(chosen.event().timeZone());
        }
    }

    private void updateAttendees() {
        List<PersonChoice> all = new ArrayList<>();
        Stream.of(form.counterparts.get(), form.ours.get()).filter(java.util.Objects::nonNull).forEach(all::addAll);
        attendees.setAll(all);
    }

    private void showOutcomes() {
        outcomeRows.getChildren().setAll(form.outcomes().stream().map(this::outcomePane).toList());
    }

    private void showFollowUps() {
        followUpRows.getChildren().setAll(form.followUps().stream().map(this::followUpPane).toList());
    }

    private Node outcomePane(OutcomeRow row) {
        FormBuilder main = new FormBuilder(ID);
        KeyboardChoice.install(main.choice(row.kind, FXCollections.observableArrayList(OutcomeKind.values()),
                EnumLabels::of));
        main.text(row.text);
        FormBuilder invitation = new FormBuilder(ID);
        KeyboardChoice.install(invitation.choice(row.direction,
                FXCollections.observableArrayList(InvitationDirection.values()), EnumLabels::of));
        KeyboardChoice.install(invitation.choice(row.occasion,
                FXCollections.observableArrayList(InvitationOccasion.values()), EnumLabels::of));
        KeyboardChoice.install(invitation.choice(row.inviter, attendees, PersonChoice::fullName));
        KeyboardChoice.install(invitation.choice(row.invitee, attendees, PersonChoice::fullName));
        invitation.date(row.proposedFrom).setPromptText("e.g. 14 Sep 2024, Sep 2024 or 2026");
        invitation.date(row.proposedTo).setPromptText("e.g. 18 Sep 2024, Jun 2026; empty for one day or month");
        invitation.date(row.deadline);
        FormBuilder document = new FormBuilder(ID);
        document.text(row.title);
        KeyboardChoice.install(document.choice(row.documentKind,
                FXCollections.observableArrayList(DocumentKind.values()), EnumLabels::of));
        KeyboardChoice.install(document.choice(row.documentStatus,
                FXCollections.observableArrayList(DocumentStatus.SIGNED, DocumentStatus.ADOPTED), EnumLabels::of));
        document.date(row.validFrom);
        document.date(row.validUntil);
        GridPane invitationGrid = shownFor(invitation.build(), row, OutcomeKind.INVITATION);
        GridPane documentGrid = shownFor(document.build(), row, OutcomeKind.DOCUMENT_SIGNED);
        Button remove = removeButton(() -> form.removeOutcome(row));
        VBox pane = new VBox(4, main.build(), invitationGrid, documentGrid, remove);
        pane.getStyleClass().add("entry-row");
        return pane;
    }

    private Node followUpPane(FollowUpRow row) {
        FormBuilder builder = new FormBuilder(ID);
        builder.text(row.action);
        KeyboardChoice.install(builder.choice(row.owedBy, FXCollections.observableArrayList(Party.values()),
                p -> p == Party.US ? "Us" : "Them"));
        KeyboardChoice.install(builder.choice(row.owner, attendees, PersonChoice::fullName));
        builder.date(row.due);
        VBox pane = new VBox(4, builder.build(), removeButton(() -> form.removeFollowUp(row)));
        pane.getStyleClass().add("entry-row");
        return pane;
    }

    private static Button removeButton(Runnable remove) {
        Button button = new Button("Remove", new FontIcon(Material2AL.DELETE_OUTLINE));
        button.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        button.setFocusTraversable(false);
        button.setOnAction(event -> remove.run());
        return button;
    }

    private static GridPane shownFor(GridPane grid, OutcomeRow row, OutcomeKind kind) {
        grid.visibleProperty().bind(row.kind.valueProperty().isEqualTo(kind));
        grid.managedProperty().bind(grid.visibleProperty());
        return grid;
    }

    /** Focus in the first control of a row just added, once it is shown. */
    private void focusFirst(Object row) {
        javafx.application.Platform.runLater(() -> {
            VBox rows = row instanceof OutcomeRow ? outcomeRows : followUpRows;
            if (!rows.getChildren().isEmpty()) {
                Node last = rows.getChildren().get(rows.getChildren().size() - 1);
                Node first = last.lookup(row instanceof OutcomeRow ? "ComboBox" : ".text-field");
                if (first != null) {
                    first.requestFocus();
                }
            }
        });
    }

    /** Tab leaves a text area instead of typing a tab, as in every other field. */
    private static void tabLeaves(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.TAB && !event.isControlDown()) {
                event.consume();
                KeyEvent traverse = new KeyEvent(event.getSource(), event.getTarget(), event.getEventType(),
                        event.getCharacter(), event.getText(), event.getCode(), event.isShiftDown(), true,
                        event.isAltDown(), event.isMetaDown());
                Event.fireEvent(area, traverse);
            }
        });
    }

    /** Under a node that is no plain control, the message of what is wrong with its field. */
    private static Node withError(FormField<?> field, Node node, String key) {
        Label error = new Label();
        error.setId(ID + "-" + key + "-error");
        error.getStyleClass().addAll("field-error", Styles.TEXT_SMALL, Styles.DANGER);
        error.textProperty().bind(field.errorProperty());
        error.visibleProperty().bind(field.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        return new VBox(4, node, error);
    }

}
