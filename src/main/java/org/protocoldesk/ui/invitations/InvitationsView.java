package org.protocoldesk.ui.invitations;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.protocoldesk.model.Invitation;
import org.protocoldesk.model.InvitationStatus;
import org.protocoldesk.model.InvitationSummary;
import org.protocoldesk.ui.common.Columns;
import org.protocoldesk.ui.common.EnumLabels;
import org.protocoldesk.ui.common.ListScreen;
import org.protocoldesk.ui.common.PartyTexts;
import org.protocoldesk.ui.common.ListTexts;
import org.protocoldesk.ui.common.ListViewModel;
import org.protocoldesk.ui.common.SearchText;
import org.protocoldesk.ui.shell.Section;

/** Invitations extended and received: who invites whom, to what, when, the reply deadline (marked once passed) and where it stands. */
public final class InvitationsView extends ListScreen<InvitationSummary> {
    private static final ListTexts TEXTS = new ListTexts("Invitations", "invitation", "invitations",
            "Filter by who, occasion, place or status",
            "Invitations received and extended are listed here, with their reply deadlines, once they are recorded.");

    private final ObjectProperty<LocalDate> today;

    public InvitationsView() {
        this(new SimpleObjectProperty<>());
    }

    private InvitationsView(ObjectProperty<LocalDate> today) {
        super(Section.INVITATIONS.id(), Section.INVITATIONS.icon(), TEXTS,
                new ListViewModel<>(InvitationsView::searchText), List.of(
                        Columns.label("Direction", 105, (InvitationSummary i) -> i.invitation().direction()),
                        Columns.text("From", 220, (InvitationSummary i) -> PartyTexts.of(i.inviter())),
                        Columns.text("To", 220, (InvitationSummary i) -> PartyTexts.of(i.invitee())),
                        Columns.label("Occasion", 125, (InvitationSummary i) -> i.invitation().occasion()),
                        Columns.dateRange("Proposed dates", 160, (InvitationSummary i) -> i.invitation().proposedStart(),
                                (InvitationSummary i) -> i.invitation().proposedEnd()),
                        Columns.deadline("Reply by", 150, (InvitationSummary i) -> i.invitation().replyDeadline(),
                                InvitationsView::pending, today),
                        Columns.label("Status", 105, (InvitationSummary i) -> i.invitation().status())));
        this.today = today;
    }

    /** The day against which reply deadlines count as passed. */
    ObjectProperty<LocalDate> today() {
        return today;
    }

    private static boolean pending(InvitationSummary summary) {
        return summary.invitation().status() == InvitationStatus.PENDING;
    }

    private static String searchText(InvitationSummary summary) {
        Invitation i = summary.invitation();
        return SearchText.of(EnumLabels.of(i.direction()), PartyTexts.of(summary.inviter()),
                PartyTexts.of(summary.invitee()),
                EnumLabels.of(i.occasion()), i.description(), i.place(), summary.countryName(),
                EnumLabels.of(i.status()));
    }
}
