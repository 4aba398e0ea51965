package org.protocoldesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.protocoldesk.app.RunningApp.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.protocoldesk.model.Invitation;
import org.protocoldesk.model.InvitationDirection;
import org.protocoldesk.model.InvitationOccasion;
import org.protocoldesk.model.InvitationStatus;
import org.protocoldesk.model.InvitationSummary;
import org.protocoldesk.model.Meeting;
import org.protocoldesk.model.MeetingKind;
import org.protocoldesk.model.Person;
import org.protocoldesk.model.Side;
import org.protocoldesk.model.Trip;
import org.protocoldesk.model.TripStatus;
import org.protocoldesk.service.CounterpartService;
import org.protocoldesk.service.InvitationLedger;
import org.protocoldesk.service.InvitationService;
import org.protocoldesk.service.MeetingService;
import org.protocoldesk.service.TripService;
import org.protocoldesk.store.DataStore;
import org.protocoldesk.store.Database;
import org.testfx.api.FxRobot;

/**
 * The invitation ledger in the real app: every decision from its button or its keys, refused while something it
 * needs is missing (the message next to the field, the database unchanged), offered only where the status allows;
 * an invitation received by letter recorded on its own, refused while wrong, then linked to a meeting.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvitationsScreenTest extends FxRobot {
    private static final LocalDate TODAY = LocalDate.now();
    private static final LocalDate EXTENDED = TODAY.minusDays(20);
    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");
    private static final PseudoClass DUE_SOON = PseudoClass.getPseudoClass("due-soon");

    @TempDir
    static Path dataDir;
    private RunningApp app;
    private long meeting;

    @BeforeAll
    void startOnALedgerOfEveryStatus() throws TimeoutException {
        try (Database database = Database.open(dataDir)) {
            DataStore data = new DataStore(database.configuration());
            CounterpartService people = new CounterpartService(data);
            long movahedi = people.add(Person.builder(Side.THEIRS, "Mohammad Movahedi-Azad").build()).id();
            long aliyev = people.add(Person.builder(Side.OURS, "Kamran Aliyev").build()).id();
            new TripService(data).add(new Trip(null, "Official visit to Tehran", null, null, TODAY.minusDays(5),
                    TODAY.minusDays(2), TripStatus.COMPLETED, null, List.of(), List.of(), List.of()));
            meeting = new MeetingService(data).add(new Meeting(null, MeetingKind.SIDELINE,
                    "Meeting with Mohammad Movahedi-Azad", EXTENDED, null, null, ZoneId.of("Asia/Tehran"), null,
                    null, null, null, null, null, List.of(movahedi, aliyev), List.of(), List.of())).id();
            InvitationService invitations = new InvitationService(data);
            InvitationLedger ledger = new InvitationLedger(data);
            for (String[] each : new String[][] {{"Overdue visit", "-3"}, {"Visit due soon", "3"},
                    {"Visit to decline", "40"}, {"Visit to accept", "41"}, {"Visit to lapse", "42"}}) {
                invitations.add(incoming(each[0], movahedi, aliyev, TODAY.plusDays(Long.parseLong(each[1]))));
            }
            long accepted = invitations.add(incoming("Accepted visit", movahedi, aliyev, TODAY.plusDays(9))).id();
            ledger.accept(accepted, EXTENDED.plusDays(2));
            long declined = invitations.add(incoming("Declined visit", movahedi, aliyev, TODAY.plusDays(9))).id();
            ledger.decline(declined, EXTENDED.plusDays(2), "No date suits");
        }
        app = RunningApp.start(dataDir, "--no-demo");
        shortcut(KeyCode.DIGIT6);
        waitUntil(() -> rows().getItems().size() == 5);
    }

    @AfterAll
    void stop() throws TimeoutException {
        app.close();
    }

    @Test
    void pendingInvitationsAreListedByDeadlineOverdueInRedAndDueWithinAWeekHighlighted() throws TimeoutException {
        show("pending", "incoming");
        waitUntil(() -> rows().getItems().size() >= 2
                && "Overdue visit".equals(rows().getItems().get(0).invitation().description()));
        assertThat(rows().getItems().get(1).invitation().description()).isEqualTo("Visit due soon");

        waitUntil(() -> rowOf("Overdue visit").getPseudoClassStates().contains(OVERDUE));
        assertThat(rowOf("Overdue visit").getPseudoClassStates()).doesNotContain(DUE_SOON);
        assertThat(rowOf("Visit due soon").getPseudoClassStates()).contains(DUE_SOON).doesNotContain(OVERDUE);
        assertThat(lookup("#invitations-table .deadline-cell").queryAll())
                .anyMatch(cell -> ((Node) cell).getPseudoClassStates().contains(OVERDUE));
    }

    @Test
    void aPendingInvitationOffersAcceptDeclineAndLapseButNotFulfil() throws TimeoutException {
        select("pending", "Visit due soon");
        assertThat(enabled("#invitation-accept")).isTrue();
        assertThat(enabled("#invitation-decline")).isTrue();
        assertThat(enabled("#invitation-lapse")).isTrue();
        assertThat(enabled("#invitation-fulfil")).isFalse();
    }

    @Test
    void aDeclineWithoutAReasonIsRefusedNextToTheFieldThenTakenWithOne() throws Exception {
        select("pending", "Visit to decline");
        int changes = changeCount();

        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);

        waitUntil(() -> "Required: say why it is declined.".equals(text("#invitation-reason-error")));
        assertThat(status("Visit to decline")).isEqualTo("pending");
        assertThat(changeCount()).isEqualTo(changes);

        fill("#invitation-reason", "The dates clash with the budget session");
        clickOn("#invitation-decline");

        waitUntil(() -> "declined".equals(status("Visit to decline")));
        waitUntil(() -> history().contains("Declined — " + org.protocoldesk.ui.common.Dates.day(TODAY)
                + ": The dates clash with the budget session"));
        assertThat(history()).first().asString().startsWith("Extended — ");
        assertThat(changeCount()).isEqualTo(changes + 1);
        assertThat(rows().getItems()).noneMatch(i -> "Visit to decline".equals(i.invitation().description()));
    }

    @Test
    void anAcceptedInvitationIsFulfilledOnlyOnceTheTripIsChosen() throws Exception {
        select("pending", "Visit to accept");
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> "accepted".equals(status("Visit to accept")));

        select("accepted", "Visit to accept");
        assertThat(enabled("#invitation-fulfil")).isTrue();
        assertThat(enabled("#invitation-lapse")).isTrue();
        assertThat(enabled("#invitation-accept")).isFalse();
        assertThat(enabled("#invitation-decline")).isFalse();

        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> "Choose the trip or event that fulfilled it.".equals(text("#invitation-fulfilled-by-error")));
        assertThat(status("Visit to accept")).isEqualTo("accepted");

        @SuppressWarnings("unchecked")
        ComboBox<Object> by = lookup("#invitation-fulfilled-by").queryAs(ComboBox.class);
        waitUntil(() -> !by.getItems().isEmpty());
        interact(() -> by.setValue(by.getItems().get(0)));
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);

        waitUntil(() -> "fulfilled".equals(status("Visit to accept")));
        waitUntil(() -> history().size() == 3);
        assertThat(history().get(1)).startsWith("Accepted — ");
        assertThat(history().get(2)).startsWith("Fulfilled — ");
        assertThat(shown(lookup("#invitation-fulfil").query())).isFalse();
    }

    @Test
    void aPendingInvitationLapsesFromItsButton() throws Exception {
        select("pending", "Visit to lapse");
        clickOn("#invitation-lapse");
        waitUntil(() -> "lapsed".equals(status("Visit to lapse")));
    }

    @Test
    void aDeclinedInvitationOffersNoDecisionAndItsKeysChangeNothing() throws Exception {
        select("declined", "Declined visit");
        int changes = changeCount();
        assertThat(enabled("#invitation-accept")).isFalse();
        assertThat(enabled("#invitation-fulfil")).isFalse();
        assertThat(enabled("#invitation-lapse")).isFalse();

        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.X).release(KeyCode.X, KeyCode.SHIFT, KeyCode.CONTROL);

        assertThat(status("Declined visit")).isEqualTo("declined");
        assertThat(changeCount()).isEqualTo(changes);
    }

    @Test
    void anInvitationReceivedByLetterIsRefusedWhileWrongThenRecordedAndLinkedToAMeeting() throws Exception {
        int before = invitationCount();
        show("pending", "incoming");
        press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> lookup("#invitation-direction").query().isFocused());
        @SuppressWarnings("unchecked")
        ComboBox<Object> occasion = lookup("#invitation-occasion").queryAs(ComboBox.class);
        interact(() -> occasion.setValue(InvitationOccasion.CONFERENCE));
        fill("#invitation-description", "Letter: 7th Meeting of the ECO Prosecutors General");
        fill("#invitation-proposed-from", "Sep 2026");
        fill("#invitation-extended-on", "16 May 2026");
        fill("#invitation-reply-deadline", "1 May 2026");
        press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

        waitUntil(() -> "Before the invitation was extended (16 May 2026).".equals(
                text("#invitation-reply-deadline-error")));
        assertThat(text("#invitation-inviter-person-error")).isEqualTo("Choose a person or an organisation.");
        assertThat(text("#invitation-invitee-person-error")).isEqualTo("Choose a person or an organisation.");
        assertThat(invitationCount()).isEqualTo(before);

        chooseFirst("#invitation-inviter-person", "Mohammad Movahedi-Azad");
        chooseFirst("#invitation-invitee-person", "Kamran Aliyev");
        fill("#invitation-extended-on", org.protocoldesk.ui.common.Dates.day(EXTENDED));
        fill("#invitation-reply-deadline", org.protocoldesk.ui.common.Dates.day(TODAY.plusMonths(2)));
        press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

        waitUntil(() -> invitationCount() == before + 1);
        assertThat(query("SELECT proposed_precision || ' ' || proposed_start || ' ' || "
                + "coalesce(extended_at_meeting_id, 'none') FROM invitation WHERE description LIKE 'Letter:%'"))
                .isEqualTo("month 2026-09-01 none");

        @SuppressWarnings("unchecked")
        ComboBox<Object> meetings = lookup("#invitation-meeting").queryAs(ComboBox.class);
        waitUntil(() -> meetings.getItems().size() == 1);
        interact(() -> meetings.setValue(meetings.getItems().get(0)));
        assertThat(lookup("#invitation-link").query().isVisible()).isTrue();
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M).release(KeyCode.M, KeyCode.SHIFT, KeyCode.CONTROL);

        waitUntil(() -> String.valueOf(meeting).equals(query(
                "SELECT extended_at_meeting_id FROM invitation WHERE description LIKE 'Letter:%'")));
        waitUntil(() -> enabled("#invitation-open-meeting"));
    }

    private static Invitation incoming(String description, long inviter, long invitee, LocalDate deadline) {
        return new Invitation(null, InvitationDirection.INCOMING, InvitationOccasion.OFFICIAL_VISIT, description,
                inviter, null, invitee, null, "Tehran", null, null, null, EXTENDED, null, deadline,
                InvitationStatus.PENDING, null, null, null);
    }

    /** Shows the group of a status and a direction with their switches. */
    private void show(String status, String direction) throws TimeoutException {
        clickOn("#invitations-status-" + status);
        clickOn("#invitations-direction-" + direction);
    }

    /** Selects the invitation in its group (all received) and waits for its pane. */
    private void select(String status, String description) throws TimeoutException {
        show(status, "incoming");
        waitUntil(() -> rows().getItems().stream().anyMatch(i -> description.equals(i.invitation().description())));
        interact(() -> rows().getSelectionModel().select(rows().getItems().stream()
                .filter(i -> description.equals(i.invitation().description())).findFirst().orElseThrow()));
        waitUntil(() -> description.equals(text("#invitation-pane .record-title"))
                && !text("#invitation-status").isEmpty());
    }

    private void shortcut(KeyCode key) {
        press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
    }

    /** Types into a field as the user would, wherever the pane has scrolled it. */
    private void fill(String id, String text) {
        interact(() -> lookup(id).queryAs(TextInputControl.class).setText(text));
    }

    private void chooseFirst(String id, String name) throws TimeoutException {
        @SuppressWarnings("unchecked")
        ComboBox<org.protocoldesk.model.PersonChoice> box = lookup(id).queryAs(ComboBox.class);
        waitUntil(() -> box.getItems().stream().anyMatch(p -> p.fullName().equals(name)));
        interact(() -> box.setValue(box.getItems().stream().filter(p -> p.fullName().equals(name)).findFirst()
                .orElseThrow()));
    }

    private TableRow<?> rowOf(String description) {
        return lookup("#invitations-table .table-row-cell").queryAll().stream().map(n -> (TableRow<?>) n)
                .filter(r -> r.getItem() instanceof InvitationSummary s && description.equals(s.invitation()
                        .description())).findFirst().orElseThrow();
    }

    private boolean enabled(String id) {
        return !lookup(id).query().isDisabled();
    }

    private boolean shown(Node node) {
        return node.isVisible() && (node.getParent() == null || shown(node.getParent()));
    }

    private String text(String id) {
        return lookup(id).tryQuery().map(n -> ((Labeled) n).getText()).orElse("");
    }

    /** The lines of the invitation's history as its list shows them. */
    private List<String> history() {
        ListView<?> list = lookup("#invitation-history").queryAs(ListView.class);
        return lookup("#invitation-history .list-cell").queryAll().stream().map(cell -> (ListCell<?>) cell)
                .filter(cell -> cell.getIndex() >= 0 && cell.getIndex() < list.getItems().size()
                        && cell.getText() != null)
                .sorted(java.util.Comparator.comparingInt(ListCell::getIndex)).map(ListCell::getText).toList();
    }

    @SuppressWarnings("unchecked")
    private TableView<InvitationSummary> rows() {
        return lookup("#invitations-table").queryAs(TableView.class);
    }

    private String status(String description) {
        return query("SELECT status FROM invitation WHERE description = '" + description + "'");
    }

    private int changeCount() {
        return Integer.parseInt(query("SELECT count(*) FROM invitation_status_change"));
    }

    private int invitationCount() {
        return Integer.parseInt(query("SELECT count(*) FROM invitation"));
    }

    private static String query(String sql) {
        return DatabaseFile.query(dataDir, sql);
    }
}
