package org.protocoldesk.ui.trips;

import atlantafx.base.theme.Styles;
import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.protocoldesk.model.ApproximateDate;
import org.protocoldesk.model.Country;
import org.protocoldesk.model.DelegationMember;
import org.protocoldesk.model.Destination;
import org.protocoldesk.model.PersonRef;
import org.protocoldesk.model.ProgrammeItem;
import org.protocoldesk.model.RecordKind;
import org.protocoldesk.model.Trip;
import org.protocoldesk.ui.common.EnumLabels;
import org.protocoldesk.ui.common.LinksView;
import org.protocoldesk.ui.events.EventTexts;
import org.protocoldesk.ui.form.ChildListEditor;
import org.protocoldesk.ui.form.FormBuilder;
import org.protocoldesk.ui.form.RecordPane;

/**
 * The trip beside the list, edited in place: what it is for, when, where, who goes in order of precedence
 * (Alt+Up / Alt+Down move a member; the first heads the delegation), the events attended, and its programme day by
 * day in local time. Under the form, room for the trip's exports ({@link #showExports}). Ids start {@code trip-}.
 */
public final class TripPane {
    private static final String ID = "trip";
    private final RecordPane pane;
    private final VBox programme = new VBox(2);
    private final VBox exports = new VBox(6);

    public TripPane(TripForm form, LinksView links) {
        FormBuilder b = new FormBuilder(ID);
        b.text(form.title).setPromptText("e.g. Dushanbe: 5th ECO Meeting of Prosecutors General");
        b.area(form.purpose, 2);
        b.area(form.objectives, 2);
        b.text(form.dates.from()).setPromptText("e.g. 16 May 2024, Sep 2024 or 2024");
        b.text(form.dates.to()).setPromptText("Blank for a single day");
        b.choice(form.status, form.statuses(), EnumLabels::of);

        b.row(form.destinations.key(), form.destinations.label(), destinationsEditor(form));
        b.section("Delegation");
        b.row(form.delegation.key(), "In order", delegationEditor(form));
        b.row(form.eventsAttended.key(), form.eventsAttended.label(), eventsEditor(form));
        b.area(form.notes, 3);

        b.section("Programme");
        programme.getStyleClass().add("trip-programme");
        form.programme().addListener((ListChangeListener<ProgrammeItem>) change -> showProgramme(form));
        showProgramme(form);
        b.row("programme", "Day by day", programme);
        b.section("What links here");
        b.row("links", "Linked", links.following(RecordKind.TRIP, form.recordProperty(), Trip::id));

        exports.setId(ID + "-exports");
        exports.managedProperty().bind(exports.visibleProperty());
        exports.setVisible(false);
        VBox content = new VBox(12, b.build(), exports);
        pane = new RecordPane(ID, form, form.heading(), content);
    }

    private Node destinationsEditor(TripForm form) {
        ChildListEditor<Destination> editor = new ChildListEditor<>(form.destinations, form::describe);
        FormBuilder b = new FormBuilder(ID);
        b.text(form.destinationCity).setPromptText("e.g. Dushanbe");
        b.picker(form.destinationCountry, form.countries().all(), Country::name);
        Button add = addButton("add-destination", "Add destination", form::addDestination);
        return editor.withEditor(new VBox(4, b.build(), add));
    }

    private Node delegationEditor(TripForm form) {
        ChildListEditor<DelegationMember> editor = new ChildListEditor<>(form.delegation, form::describe);
        FormBuilder b = new FormBuilder(ID);
        b.picker(form.member, form.ourPeople().all(), PersonRef::fullName);
        b.text(form.memberRole).setPromptText("e.g. Head of delegation");
        Button add = addButton("add-member", "Add member", form::addMember);
        Label hint = new Label("The first heads the delegation; Alt+Up / Alt+Down change the order.");
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        return editor.withEditor(new VBox(4, hint, b.build(), add));
    }

    private Node eventsEditor(TripForm form) {
        ChildListEditor<Long> editor = new ChildListEditor<>(form.eventsAttended, form::describeEvent);
        FormBuilder b = new FormBuilder(ID);
        b.picker(form.event, form.events().all(), EventTexts::nameAndDates);
        Button add = addButton("add-event", "Add event", form::addEvent);
        return editor.withEditor(new VBox(4, b.build(), add));
    }

    private static Button addButton(String id, String text, Runnable action) {
        Button add = new Button(text);
        add.setId(ID + "-" + id);
        add.setOnAction(event -> action.run());
        return add;
    }

    private void showProgramme(TripForm form) {
        programme.getChildren().clear();
        if (form.programme().isEmpty()) {
            Label none = new Label(form.getRecord() == null ? "Shown once the trip is saved."
                    : "No event or meeting is recorded for this trip.");
            none.getStyleClass().add(Styles.TEXT_MUTED);
            programme.getChildren().add(none);
            return;
        }
        ApproximateDate day = null;
        for (ProgrammeItem item : form.programme()) {
            if (!Objects.equals(day, item.start())) {
                day = item.start();
                Label heading = new Label(ProgrammeTexts.day(day));
                heading.getStyleClass().addAll("programme-day", Styles.TEXT_BOLD);
                programme.getChildren().add(heading);
            }
            Label entry = new Label(ProgrammeTexts.entry(item));
            entry.setWrapText(true);
            entry.getStyleClass().add("programme-entry");
            programme.getChildren().add(new HBox(entry));
        }
    }

    /** Puts the trip's exports (briefing notes and trip reports made of it) under the form. */
    public void showExports(Node view) {
        Label heading = new Label("Exports");
        heading.getStyleClass().addAll("form-section", Styles.TEXT_BOLD);
        exports.getChildren().setAll(heading, view);
        exports.setVisible(true);
    }

    public RecordPane node() {
        return pane;
    }
}
