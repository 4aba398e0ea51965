package org.protocoldesk.ui.invitations;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.protocoldesk.model.Invitation;
import org.protocoldesk.model.InvitationDirection;
import org.protocoldesk.model.InvitationStatus;
import org.protocoldesk.model.InvitationSummary;
import org.protocoldesk.ui.common.Columns;
import org.protocoldesk.ui.common.EnumLabels;
import org.protocoldesk.ui.common.ListScreen;
import org.protocoldesk.ui.common.ListTexts;
import org.protocoldesk.ui.common.ListViewModel;
import org.protocoldesk.ui.common.PartyTexts;
import org.protocoldesk.ui.common.PillSwitch;
import org.protocoldesk.ui.common.SearchText;
import org.protocoldesk.ui.shell.Section;

/**
 * The invitation ledger: the invitations of one status (pending, accepted, declined, fulfilled, lapsed) and one
 * direction (received or extended) at a time, by reply deadline; a pending one overdue is marked red, one due within
 * a week highlighted. The selected one's pane beside the list.
 */
public final class InvitationsView extends ListScreen<InvitationSummary> {
    private static final ListTexts TEXTS = new ListTexts("Invitations", "invitation", "invitations",
            "Filter by who, occasion or place",
            "Invitations received and extended are listed here, with their reply deadlines, once they are recorded.",
            "Press New (Ctrl+N) to record the first invitation, received or extended.");

    private final ObjectProperty<LocalDate> today;
    private final ObjectProperty<InvitationStatus> status =
            new SimpleObjectProperty<>(this, "status", InvitationStatus.PENDING);
    private final ObjectProperty<InvitationDirection> direction =
            new SimpleObjectProperty<>(this, "direction", InvitationDirection.INCOMING);

    public InvitationsView() {
        this(new SimpleObjectProperty<>());
    }

    private InvitationsView(ObjectProperty<LocalDate> today) {
        super(Section.INVITATIONS.id(), Section.INVITATIONS.icon(), TEXTS,
                new ListViewModel<>(InvitationsView::searchText), List.of(
                        Columns.deadline("Reply by", 120, (InvitationSummary i) -> i.invitation().replyDeadline(),
                                InvitationsView::pending, today),
                        Columns.text("Invitation", 230, InvitationsView::what),
                        Columns.hidden(Columns.text("From or to", 190, InvitationsView::counterpart)),
                        Columns.approximateRange("Proposed dates", 150,
                                (InvitationSummary i) -> i.invitation().proposedFrom(),
                                (InvitationSummary i) -> i.invitation().proposedTo()),
                        Columns.hidden(Columns.text("Place", 120, InvitationsView::place))));
        this.today = today;
        Label groupLabel = new Label("Show");
        HBox groups = new HBox(10, groupLabel,
                new PillSwitch<>("invitations-status", List.of(InvitationStatus.values()), EnumLabels::of, status),
                new PillSwitch<>("invitations-direction", List.of(InvitationDirection.values()),
                        InvitationsView::directionText, direction));
        groups.getStyleClass().add("list-groups");
        groups.setAlignment(Pos.CENTER_LEFT);
        addBar(groups);
    }

    /** Shows the pane of the selected invitation beside the list. */
    void showPane(Node pane) {
        showBeside(pane);
    }

    /** The day against which reply deadlines count as passed or near. */
    ObjectProperty<LocalDate> today() {
        return today;
    }

    /** The status whose invitations are listed. */
    ObjectProperty<InvitationStatus> status() {
        return status;
    }

    /** The direction whose invitations are listed. */
    ObjectProperty<InvitationDirection> direction() {
        return direction;
    }

    private static String directionText(InvitationDirection direction) {
        return direction == InvitationDirection.INCOMING ? "Received" : "Extended";
    }

    /** The description, else the occasion: "6th Meeting of the ECO Prosecutors General", "Official visit". */
    private static String what(InvitationSummary summary) {
        return InvitationForm.headline(summary.invitation());
    }

    /** Who invites us, for one received; whom we invite, for one extended. */
    private static String counterpart(InvitationSummary summary) {
        return summary.invitation().direction() == InvitationDirection.INCOMING
                ? "From " + PartyTexts.of(summary.inviter()) : "To " + PartyTexts.of(summary.invitee());
    }

    private static boolean pending(InvitationSummary summary) {
        return summary.invitation().status() == InvitationStatus.PENDING;
    }

    private static String place(InvitationSummary summary) {
        return SearchText.joined(", ", summary.invitation().place(), summary.countryName());
    }

    private static String searchText(InvitationSummary summary) {
        Invitation i = summary.invitation();
        return SearchText.of(EnumLabels.of(i.direction()), PartyTexts.of(summary.inviter()),
                PartyTexts.of(summary.invitee()),
                EnumLabels.of(i.occasion()), i.description(), i.place(), summary.countryName(),
                EnumLabels.of(i.status()));
    }
}
