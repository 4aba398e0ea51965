package org.protocoldesk.ui.invitations;

import atlantafx.base.theme.Styles;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.protocoldesk.model.Country;
import org.protocoldesk.model.Invitation;
import org.protocoldesk.model.InvitationAction;
import org.protocoldesk.model.InvitationChange;
import org.protocoldesk.model.InvitationStatus;
import org.protocoldesk.model.Meeting;
import org.protocoldesk.model.MeetingSummary;
import org.protocoldesk.model.Organisation;
import org.protocoldesk.model.PersonChoice;
import org.protocoldesk.ui.common.HoverTooltip;
import org.protocoldesk.ui.common.Names;
import org.protocoldesk.ui.common.Dates;
import org.protocoldesk.ui.common.EnumLabels;
import org.protocoldesk.ui.common.PersonChoices;
import org.protocoldesk.ui.common.RecordOpener;
import org.protocoldesk.ui.form.FormBuilder;
import org.protocoldesk.ui.form.RecordPane;
import org.protocoldesk.ui.shell.KeyboardShortcuts;
import org.protocoldesk.ui.shell.Section;

/**
 * The invitation beside the list: where it stands (status, the meeting where it was extended, its dated history),
 * the decisions its status allows as buttons with shortcuts, linking it to a meeting, and its details edited in
 * place. Ids start {@code invitation-}; the decision buttons are {@code #invitation-accept} and so on.
 */
public final class InvitationPane {
    private static final String ID = "invitation";
    static final Map<InvitationAction, KeyCombination> SHORTCUTS = new EnumMap<>(Map.of(
            InvitationAction.ACCEPT, shortcut(KeyCode.A),
            InvitationAction.DECLINE, shortcut(KeyCode.D),
            InvitationAction.FULFIL, shortcut(KeyCode.F),
            InvitationAction.LAPSE, shortcut(KeyCode.X),
            InvitationAction.MARK_NOT_RECORDED, shortcut(KeyCode.U)));
    static final KeyCombination LINK = shortcut(KeyCode.M);

    private final RecordPane pane;
    private final InvitationDecisions decisions;

    public InvitationPane(InvitationForm form, InvitationDecisions decisions, RecordOpener opener) {
        this.decisions = decisions;
        GridPane standing = standing(decisions, opener);
        GridPane decide = decide(decisions);
        GridPane link = link(decisions);
        Label problem = new Label();
        problem.setId(ID + "-decision-problem");
        problem.getStyleClass().add("form-problem");
        problem.setWrapText(true);
        problem.setGraphic(new FontIcon(Material2OutlinedAL.ERROR_OUTLINE));
        problem.textProperty().bind(decisions.problemProperty());
        shownWhile(problem, decisions.problemProperty().isNotEmpty());
        BooleanBinding saved = decisions.invitationProperty().isNotNull();
        shownWhile(standing, saved);
        shownWhile(link, saved);
        shownWhile(decide, Bindings.createBooleanBinding(() -> decisions.invitationProperty().get() != null
                && !InvitationAction.offeredFrom(decisions.invitationProperty().get().status()).isEmpty(),
                decisions.invitationProperty()));
        VBox content = new VBox(standing, problem, decide, link, details(form));
        content.getStyleClass().add("invitation-content");
        pane = new RecordPane(ID, form, form.title(), content);
        form.recordProperty().addListener((property, was, now) -> decisions.show(now));
    }

    private static GridPane standing(InvitationDecisions decisions, RecordOpener opener) {
        FormBuilder b = new FormBuilder(ID);
        b.section("Where it stands");
        Label status = new Label();
        status.getStyleClass().add("invitation-status");
        status.textProperty().bind(Bindings.createStringBinding(() -> statusText(
                decisions.invitationProperty().get()), decisions.invitationProperty()));
        b.row("status", "Status", status);

        Label meeting = new Label();
        meeting.setWrapText(true);
        meeting.textProperty().bind(Bindings.createStringBinding(() -> meetingText(decisions.extendedAtProperty().get(),
                decisions.invitationProperty().get()), decisions.extendedAtProperty(), decisions.invitationProperty()));
        Button open = new Button("Open", new FontIcon(Material2OutlinedAL.LAUNCH));
        open.setId(ID + "-open-meeting");
        open.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        HoverTooltip.on(open, "Show the meeting in Meetings");
        open.disableProperty().bind(decisions.extendedAtProperty().isNull());
        open.setOnAction(event -> opener.open(Section.MEETINGS, decisions.extendedAtProperty().get().id()));
        open.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the meeting's title wraps instead
        HBox meetingRow = new HBox(8, meeting, open);
        meetingRow.setAlignment(Pos.CENTER_LEFT);
        b.row("extended-at", "Extended at", meetingRow);

        ListView<InvitationChange> history = new ListView<>(decisions.history());
        history.getStyleClass().add(Styles.DENSE);
        history.setPrefHeight(110);
        history.setFocusTraversable(false);
        history.setPlaceholder(new Label("No decision recorded yet."));
        history.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(InvitationChange change, boolean empty) {
                super.updateItem(change, empty);
                setText(empty || change == null ? null : historyText(change));
            }
        });
        b.row("history", "History", history);
        return b.build();
    }

    private static GridPane decide(InvitationDecisions decisions) {
        FormBuilder b = new FormBuilder(ID);
        b.section("Decide");
        b.date(decisions.on);
        b.text(decisions.reason).setPromptText("Required to decline");
        b.picker(decisions.fulfilledBy, decisions.fulfilments(), Fulfilment::text)
                .setPromptText("The trip or event, to mark fulfilled");
        FlowPane actions = new FlowPane(6, 6);
        for (InvitationAction action : InvitationAction.values()) {
            Button button = new Button(EnumLabels.of(action) + (needsMore(action) ? "…" : ""));
            button.setId(ID + "-" + action.name().toLowerCase(java.util.Locale.ROOT));
            HoverTooltip.on(button, EnumLabels.of(action) + " (" + SHORTCUTS.get(action).getDisplayText() + ")");
            button.disableProperty().bind(decisions.offers(action).not());
            button.setOnAction(event -> decisions.decide(action));
            if (action == InvitationAction.DECLINE || action == InvitationAction.LAPSE) {
                button.getStyleClass().add(Styles.DANGER);
            } else if (action != InvitationAction.MARK_NOT_RECORDED) { // says what is not known: neither outcome
                button.getStyleClass().add(Styles.SUCCESS);
            }
            actions.getChildren().add(button);
        }
        b.row("actions", "", actions);
        return b.build();
    }

    private static boolean needsMore(InvitationAction action) {
        return action == InvitationAction.DECLINE || action == InvitationAction.FULFIL;
    }

    private static GridPane link(InvitationDecisions decisions) {
        FormBuilder b = new FormBuilder(ID);
        b.section("Link to a meeting");
        b.picker(decisions.meeting, decisions.meetingChoices(), InvitationPane::meetingChoiceText)
                .setPromptText("A meeting within " + InvitationDecisions.MEETING_DAYS_AROUND
                        + " days of the day it was extended");
        Button link = new Button("Link to this meeting", new FontIcon(Material2OutlinedAL.LINK));
        link.setId(ID + "-link");
        HoverTooltip.on(link, "Link to the meeting chosen (" + LINK.getDisplayText() + ")");
        link.setOnAction(event -> decisions.linkToMeeting());
        b.row("link-row", "", new HBox(link));
        return b.build();
    }

    private static GridPane details(InvitationForm form) {
        FormBuilder b = new FormBuilder(ID);
        b.section("Invitation");
        b.choice(form.direction, form.directions(), EnumLabels::of);
        b.choice(form.occasion, form.occasions(), EnumLabels::of);
        b.text(form.description).setPromptText("e.g. Official visit of the Prosecutor General of Iran to Azerbaijan");
        b.picker(form.inviterPerson, form.people().all(), InvitationPane::personText)
                .setPromptText("A person, an organisation, or both");
        b.picker(form.inviterOrganisation, form.organisations().all(), Organisation::name);
        b.picker(form.inviteePerson, form.people().all(), InvitationPane::personText)
                .setPromptText("A person, an organisation, or both");
        b.picker(form.inviteeOrganisation, form.organisations().all(), Organisation::name);
        b.text(form.place);
        b.picker(form.country, form.countries().all(), Country::name);
        b.text(form.proposedFrom).setPromptText("e.g. 14 Sep 2024, Sep 2024 or 2026");
        b.text(form.proposedTo).setPromptText("e.g. 18 Sep 2024 or Jun 2026; empty for one day or month");
        b.date(form.extendedOn).setPromptText("e.g. 16 May 2024: the date of the letter");
        b.date(form.replyDeadline);
        b.area(form.notes, 3);
        return b.build();
    }

    /** The decisions' keys, listed in Help → Keyboard shortcuts while the Invitations screen shows. */
    void installShortcuts(Node screen) {
        SHORTCUTS.forEach((action, keys) -> KeyboardShortcuts.registerWhileShown(screen, keys,
                "Invitations → " + EnumLabels.of(action), () -> decisions.decide(action)));
        KeyboardShortcuts.registerWhileShown(screen, LINK, "Invitations → Link to the meeting chosen",
                decisions::linkToMeeting);
    }

    private static KeyCombination shortcut(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    }

    private static void shownWhile(Node node, javafx.beans.value.ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
    }

    static String statusText(Invitation invitation) {
        return invitation == null ? "" : EnumLabels.of(invitation.direction()) + ", "
                + EnumLabels.of(invitation.status()).toLowerCase(java.util.Locale.ROOT);
    }

    private static String meetingText(Meeting meeting, Invitation invitation) {
        if (meeting != null) {
            return Dates.day(meeting.date()) + " — " + meeting.title();
        }
        return invitation != null && invitation.extendedAtMeetingId() == null
                ? "No meeting linked: received by letter, or not recorded" : "";
    }

    /** "Extended — 16 May 2024", "Declined — 20 May 2024: no date suits". */
    static String historyText(InvitationChange change) {
        String what = change.status() == InvitationStatus.PENDING ? "Extended" : EnumLabels.of(change.status());
        return what + " — " + Dates.day(change.on()) + (change.reason() == null ? "" : ": " + change.reason());
    }

    private static String meetingChoiceText(MeetingSummary meeting) {
        String with = meeting.counterparts().isEmpty() ? "" : " (" + Names.of(meeting.counterparts()) + ")";
        return Dates.day(meeting.date()) + " — " + meeting.title() + with;
    }

    private static String personText(PersonChoice person) {
        String detail = PersonChoices.detail(person);
        return detail.isEmpty() ? person.fullName() : person.fullName() + " — " + detail;
    }

    public RecordPane node() {
        return pane;
    }
}
