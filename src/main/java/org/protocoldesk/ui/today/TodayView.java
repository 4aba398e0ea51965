package org.protocoldesk.ui.today;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import org.protocoldesk.model.CalendarItem;
import org.protocoldesk.model.CalendarItemKind;
import org.protocoldesk.model.FollowUpSummary;
import org.protocoldesk.model.MeetingSummary;
import org.protocoldesk.model.TodayAgenda;
import org.protocoldesk.service.CalendarService;
import org.protocoldesk.ui.common.Names;
import org.protocoldesk.ui.common.RecordOpener;
import org.protocoldesk.model.InvitationDirection;
import org.protocoldesk.model.InvitationSummary;
import org.protocoldesk.ui.common.Columns;
import org.protocoldesk.ui.common.Dates;
import org.protocoldesk.ui.common.ListViewModel;
import org.protocoldesk.ui.common.PartyTexts;
import org.protocoldesk.ui.common.LoadState;
import org.protocoldesk.ui.common.ScreenHeader;
import org.protocoldesk.ui.common.SearchText;
import org.protocoldesk.ui.shell.Section;

/**
 * What needs attention now: the trips and events ahead, the invitations awaiting a decision with their reply
 * deadlines, and the follow-ups that are due; anything overdue is marked.
 */
public final class TodayView extends VBox {
    static final int DAYS_AHEAD = CalendarService.TODAY_DAYS_AHEAD;
    static final int FOLLOW_UP_DAYS_AHEAD = CalendarService.TODAY_FOLLOW_UPS_DUE_WITHIN;
    static final int RECENT_DAYS = CalendarService.TODAY_RECENT_MEETING_DAYS;

    private final ObjectProperty<LocalDate> today = new SimpleObjectProperty<>(this, "today");
    private final ListViewModel<CalendarItem> comingUp = ListViewModel.unfiltered();
    private final ListViewModel<InvitationSummary> invitations = ListViewModel.unfiltered();
    private final ListViewModel<FollowUpSummary> followUps = ListViewModel.unfiltered();
    private final TodayCard<CalendarItem> comingUpCard;
    private final TodayCard<InvitationSummary> invitationsCard;
    private final IntegerProperty invitationsTotal = new SimpleIntegerProperty(this, "invitationsTotal");
    private final IntegerProperty followUpsTotal = new SimpleIntegerProperty(this, "followUpsTotal");
    private final IntegerProperty recentMeetingsTotal = new SimpleIntegerProperty(this, "recentMeetingsTotal");
    private final TodayCard<FollowUpSummary> followUpsCard;
    private final ListViewModel<MeetingSummary> recentMeetings = ListViewModel.unfiltered();
    private final TodayCard<MeetingSummary> recentMeetingsCard;

    public TodayView() {
        setId(Section.TODAY.id() + "-screen");
        getStyleClass().addAll("screen", "today-screen");

        ScreenHeader header = new ScreenHeader(Section.TODAY.title());
        header.subtitle().textProperty().bind(Bindings.createStringBinding(() -> Dates.weekday(today.get()), today));

        Predicate<Object> alwaysOpen = row -> true;
        comingUpCard = new TodayCard<>("today-coming-up", Material2OutlinedAL.FLIGHT_TAKEOFF,
                "Trips and events now and in the next " + DAYS_AHEAD + " days", comingUp, List.of(
                        Columns.approximateRange("When", 150, CalendarItem::approximateStart,
                                CalendarItem::approximateEnd),
                        Columns.label("Kind", 70, CalendarItem::kind),
                        Columns.text("What", 260, CalendarItem::title),
                        Columns.text("Where", 160, CalendarItem::place)),
                "Nothing now or in the next " + DAYS_AHEAD + " days",
                "Trips and events under way or taking place in the coming weeks appear here: add them on Trips "
                        + "and Events (New, Ctrl+N).");
        invitationsCard = new TodayCard<>("today-invitations", Material2OutlinedMZ.MAIL_OUTLINE,
                "Invitations awaiting a decision", invitations, invitationsTotal, List.of(
                        Columns.deadline("Reply by", 150, (InvitationSummary i) -> i.invitation().replyDeadline(),
                                alwaysOpen, today),
                        Columns.text("Invitation", 280, TodayView::whoInvitesWhom),
                        Columns.label("Occasion", 125, (InvitationSummary i) -> i.invitation().occasion())),
                "No invitation awaits a decision",
                "Pending invitations, received or extended, appear here with their reply deadlines: record one "
                        + "on Invitations (New, Ctrl+N).");
        followUpsCard = new TodayCard<>("today-follow-ups", Material2OutlinedAL.ASSIGNMENT_LATE,
                "Follow-ups due within " + FOLLOW_UP_DAYS_AHEAD + " days or overdue", followUps, followUpsTotal,
                List.of(
                        Columns.deadline("Due", 135, (FollowUpSummary f) -> f.followUp().dueDate(), alwaysOpen, today),
                        Columns.text("Action", 280, (FollowUpSummary f) -> f.followUp().text()),
                        Columns.label("Owed by", 85, (FollowUpSummary f) -> f.followUp().owedBy()),
                        Columns.hidden(Columns.text("Owner", 180, FollowUpSummary::ownerName)),
                        Columns.hidden(Columns.text("From the meeting", 260, TodayView::fromMeeting))),
                "No follow-up is due",
                "Open follow-up actions due in the next " + FOLLOW_UP_DAYS_AHEAD + " days, or overdue, appear "
                        + "here: they come from the meetings you log (Ctrl+L).");

        recentMeetingsCard = new TodayCard<>("today-recent-meetings", Material2OutlinedAL.FORUM,
                "Meetings of the last " + RECENT_DAYS + " days", recentMeetings, recentMeetingsTotal, List.of(
                        Columns.dateAndTime("When", 150, MeetingSummary::date, MeetingSummary::startTime),
                        Columns.text("Counterparts", 220, m -> Names.of(m.counterparts())),
                        Columns.text("Title", 250, MeetingSummary::title)),
                "No meeting in the last " + RECENT_DAYS + " days",
                "Meetings logged in the last two weeks appear here, the latest first: log one with Ctrl+L.");

        GridPane grid = new GridPane();
        grid.getStyleClass().add("today-grid");
        grid.add(comingUpCard, 0, 0);
        grid.add(invitationsCard, 1, 0);
        grid.add(followUpsCard, 0, 1);
        grid.add(recentMeetingsCard, 1, 1);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        grid.getColumnConstraints().addAll(half, half);
        RowConstraints row = new RowConstraints();
        row.setPercentHeight(50);
        grid.getRowConstraints().addAll(row, row);
        VBox.setVgrow(grid, Priority.ALWAYS);

        getChildren().addAll(header, grid);
    }

    /** True once all three cards have loaded their rows (each may be empty). */
    public BooleanBinding filled() {
        return Bindings.createBooleanBinding(
                () -> Stream.of(comingUp, invitations, followUps).allMatch(m -> m.stateProperty().get() == LoadState.LOADED),
                comingUp.stateProperty(), invitations.stateProperty(), followUps.stateProperty());
    }

    /** The day against which dates count as passed, shown under the title. */
    ObjectProperty<LocalDate> today() {
        return today;
    }

    /** Shows that Today is being read: every panel waits for the same read. */
    void loading() {
        comingUp.showLoading();
        invitations.showLoading();
        followUps.showLoading();
        recentMeetings.showLoading();
    }

    void show(TodayAgenda agenda) {
        today.set(agenda.today());
        comingUp.showRows(agenda.tripsAndEvents());
        invitations.showRows(agenda.awaitingDecision());
        invitationsTotal.set(agenda.awaitingDecisionTotal());
        followUps.showRows(agenda.followUpsDue());
        followUpsTotal.set(agenda.followUpsDueTotal());
        recentMeetings.showRows(agenda.recentMeetings());
        recentMeetingsTotal.set(agenda.recentMeetingsTotal());
    }

    void failed() {
        comingUp.showFailed();
        invitations.showFailed();
        followUps.showFailed();
        recentMeetings.showFailed();
    }

    /**
     * Opens each panel's rows where their records are: trips, invitations, follow-ups and meetings in their lists.
     * Events have no screen of their own yet.
     */
    void setOpener(RecordOpener opener) {
        comingUpCard.setOnOpen(item -> {
            if (item.kind() == CalendarItemKind.TRIP) {
                opener.open(Section.TRIPS, item.recordId());
            }
        });
        invitationsCard.setOnOpen(i -> opener.open(Section.INVITATIONS, i.invitation().id()));
        followUpsCard.setOnOpen(f -> opener.open(Section.FOLLOW_UPS, f.followUp().id()));
        recentMeetingsCard.setOnOpen(m -> opener.open(Section.MEETINGS, m.id()));
    }

    void setOnRetry(Runnable retry) {
        comingUpCard.setOnRetry(retry);
        invitationsCard.setOnRetry(retry);
        followUpsCard.setOnRetry(retry);
        recentMeetingsCard.setOnRetry(retry);
    }

    private static String whoInvitesWhom(InvitationSummary summary) {
        return summary.invitation().direction() == InvitationDirection.INCOMING
                ? "From " + PartyTexts.of(summary.inviter()) : "To " + PartyTexts.of(summary.invitee());
    }

    private static String fromMeeting(FollowUpSummary summary) {
        return SearchText.joined(", ", summary.meetingTitle(), Dates.day(summary.meetingDate()));
    }
}
