package org.protocoldesk.ui.meetings;

import atlantafx.base.theme.Styles;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import org.protocoldesk.model.Document;
import org.protocoldesk.model.FollowUp;
import org.protocoldesk.model.FollowUpStatus;
import org.protocoldesk.model.Invitation;
import org.protocoldesk.model.Meeting;
import org.protocoldesk.model.MeetingDetail;
import org.protocoldesk.model.Party;
import org.protocoldesk.ui.common.Dates;
import org.protocoldesk.ui.common.EnumLabels;
import org.protocoldesk.ui.common.HoverTooltip;
import org.protocoldesk.ui.common.RecordOpener;
import org.protocoldesk.ui.common.SearchText;
import org.protocoldesk.ui.shell.Section;

/**
 * The selected meeting beside the list, to read: when (with the zone of the place), where, on which trip and at
 * which event, who met (each counterpart with the post held that day), topics, summary, the outcomes with what each
 * created, and the follow-ups with their state. The records it names open where they are kept. Ids start
 * {@code meeting-}.
 */
final class MeetingPane extends VBox {
    private static final String ID = "meeting";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private final Label title = new Label();
    private final Label when = new Label();
    private final Button edit = new Button("Edit", new FontIcon(Material2OutlinedAL.EDIT));
    private final GridPane rows = new GridPane();
    private final Label empty = new Label("Choose a meeting to see who met, what was agreed and what it led to.");
    private final RecordOpener opener;
    private int row;
    private MeetingDetail shown;

    MeetingPane(RecordOpener opener, LongConsumer onEdit) {
        this.opener = opener;
        setId(ID + "-pane");
        getStyleClass().addAll("record-pane", "meeting-pane");
        title.getStyleClass().addAll(Styles.TITLE_3, "record-title");
        title.setWrapText(true);
        title.setId(ID + "-title");
        when.getStyleClass().add(Styles.TEXT_MUTED);
        when.setId(ID + "-when");
        edit.setId(ID + "-edit");
        edit.setOnAction(event -> onEdit.accept(shown.meeting().id()));
        HoverTooltip.on(edit, "Open the meeting in the Log meeting form (Enter)");
        VBox titles = new VBox(2, title, when);
        HBox.setHgrow(titles, Priority.ALWAYS);
        HBox head = new HBox(12, titles, edit);
        head.getStyleClass().add("record-head");

        rows.getStyleClass().addAll("form", "meeting-detail");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(130);
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setMinWidth(160);
        rows.getColumnConstraints().setAll(labels, values);
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.setWrapText(true);
        empty.setId(ID + "-empty");
        getChildren().addAll(head, scroll);
        show(null);
        getChildren().add(empty);
    }

    /** Shows the meeting, or that none is chosen (null). */
    void show(MeetingDetail detail) {
        shown = detail;
        boolean none = detail == null;
        getChildren().forEach(child -> {
            child.setVisible(none == (child == empty));
            child.setManaged(child.isVisible());
        });
        rows.getChildren().clear();
        row = 0;
        if (none) {
            return;
        }
        Meeting m = detail.meeting();
        title.setText(detail.counterparts().isEmpty() ? EnumLabels.of(m.kind())
                : String.join(", ", detail.counterparts().stream().map(MeetingDetail.Attendee::fullName).toList()));
        when.setText(Dates.weekday(m.date()) + (m.startTime() == null ? ""
                : ", " + m.startTime().format(TIME) + (m.endTime() == null ? "" : "–" + m.endTime().format(TIME))
                + " (" + m.zone().getId() + ")") + " · " + EnumLabels.of(m.kind()));

        section("Where");
        text("place", "Place", SearchText.joined(", ", m.place(), m.city(), detail.countryName()));
        if (detail.tripTitle() != null) {
            value("trip", "Trip", link(detail.tripTitle(), Section.TRIPS, m.tripId()));
        }
        text("event", "Event", detail.eventName());

        section("Who");
        value("counterparts", "Counterparts", people(detail.counterparts(), true));
        value("ours", "Our participants", people(detail.ours(), false));

        section("What was said");
        text("topics", "Topics", String.join(", ", m.topics()));
        text("summary", "Summary", m.summary());

        section("Outcomes");
        if (detail.outcomes().isEmpty()) {
            text("no-outcomes", "", "None recorded.");
        }
        for (int i = 0; i < detail.outcomes().size(); i++) {
            value("outcome-" + (i + 1), EnumLabels.of(detail.outcomes().get(i).outcome().kind()),
                    outcome(detail.outcomes().get(i), i + 1));
        }

        if (!detail.otherInvitations().isEmpty() || !detail.otherDocuments().isEmpty()) {
            VBox others = new VBox(2);
            detail.otherInvitations().forEach(i -> others.getChildren().add(invitationLink(i)));
            detail.otherDocuments().forEach(d -> others.getChildren().add(documentLink(d)));
            value("also", "Also from it", others);
        }

        section("Follow-ups");
        if (detail.followUps().isEmpty()) {
            text("no-follow-ups", "", "None.");
        }
        for (int i = 0; i < detail.followUps().size(); i++) {
            value("follow-up-" + (i + 1), "", followUp(detail.followUps().get(i)));
        }
    }

    private Node people(List<MeetingDetail.Attendee> attendees, boolean withPost) {
        VBox list = new VBox(2);
        for (MeetingDetail.Attendee a : attendees) {
            Hyperlink name = link(a.fullName(), Section.COUNTERPARTS, a.personId());
            String post = withPost ? SearchText.joined(", ", a.postTitle(), a.organisationName()) : "";
            list.getChildren().add(post.isEmpty() ? name : new VBox(0, name, indented(muted(post))));
        }
        if (attendees.isEmpty()) {
            list.getChildren().add(muted("None recorded."));
        }
        return list;
    }

    private Node outcome(MeetingDetail.OutcomeDetail detail, int position) {
        Label text = wrapped(detail.outcome().text());
        VBox box = new VBox(2, text);
        if (detail.invitation() != null) {
            Hyperlink link = invitationLink(detail.invitation());
            link.setId(ID + "-outcome-" + position + "-invitation");
            box.getChildren().add(link);
        }
        if (detail.document() != null) {
            Hyperlink created = documentLink(detail.document());
            created.setId(ID + "-outcome-" + position + "-document");
            box.getChildren().add(created);
        }
        return box;
    }

    private Hyperlink invitationLink(Invitation invitation) {
        Hyperlink link = link("Invitation: " + SearchText.joined(", ", EnumLabels.of(invitation.occasion()),
                EnumLabels.of(invitation.direction()).toLowerCase(Locale.ENGLISH)) + " ("
                + EnumLabels.of(invitation.status()).toLowerCase(Locale.ENGLISH) + ")", Section.INVITATIONS,
                invitation.id());
        link.setGraphic(new FontIcon(Material2OutlinedMZ.MAIL_OUTLINE));
        return link;
    }

    private Hyperlink documentLink(Document document) {
        Hyperlink link = link(EnumLabels.of(document.kind()) + ": " + document.title() + " ("
                + EnumLabels.of(document.status()).toLowerCase(Locale.ENGLISH)
                + (document.validFrom() == null ? "" : ", in force from " + Dates.day(document.validFrom())) + ")",
                Section.DOCUMENTS, document.id());
        link.setGraphic(new FontIcon(Material2OutlinedAL.DESCRIPTION));
        return link;
    }

    private Node followUp(MeetingDetail.FollowUpDetail detail) {
        FollowUp f = detail.followUp();
        String owed = (f.owedBy() == Party.US ? "We owe it" : "They owe it")
                + (detail.ownerName() == null ? "" : ", " + detail.ownerName())
                + (f.dueDate() == null ? "" : ", due " + Dates.day(f.dueDate()));
        String state = f.status() == FollowUpStatus.DONE && f.doneDate() != null
                ? "Done on " + Dates.day(f.doneDate()) : EnumLabels.of(f.status());
        Label stateLabel = new Label(state);
        stateLabel.getStyleClass().addAll(Styles.TEXT_SMALL, "follow-up-state",
                f.status() == FollowUpStatus.OPEN ? Styles.ACCENT : Styles.SUCCESS);
        return new VBox(2, wrapped(f.text()), new HBox(8, muted(owed), stateLabel));
    }

    private Hyperlink link(String text, Section section, long id) {
        Hyperlink link = new Hyperlink(text);
        link.setWrapText(true);
        link.setOnAction(event -> opener.open(section, id));
        return link;
    }

    private void section(String heading) {
        Label label = new Label(heading);
        label.getStyleClass().addAll("form-section", Styles.TEXT_BOLD);
        GridPane.setHalignment(label, HPos.LEFT);
        rows.add(label, 0, row++, 2, 1);
    }

    private void text(String key, String label, String text) {
        if (text != null && !text.isBlank()) {
            value(key, label, wrapped(text));
        }
    }

    private void value(String key, String label, Node value) {
        Label name = new Label(label);
        name.getStyleClass().add("form-label");
        name.setMinWidth(Region.USE_PREF_SIZE);
        GridPane.setValignment(name, VPos.TOP);
        value.setId(ID + "-" + key);
        rows.add(name, 0, row);
        rows.add(value, 1, row++);
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }

    /** Under a link, in line with the link's text rather than its padding. */
    private static Label indented(Label label) {
        label.setPadding(new Insets(0, 0, 2, 2));
        return label;
    }

    private static Label muted(String text) {
        Label label = wrapped(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }
}
