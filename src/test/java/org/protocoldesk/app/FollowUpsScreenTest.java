package org.protocoldesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.protocoldesk.app.RunningApp.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.css.PseudoClass;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.protocoldesk.model.FollowUp;
import org.protocoldesk.model.FollowUpStatus;
import org.protocoldesk.model.FollowUpSummary;
import org.protocoldesk.model.Meeting;
import org.protocoldesk.model.MeetingKind;
import org.protocoldesk.model.Party;
import org.protocoldesk.model.Person;
import org.protocoldesk.model.Side;
import org.protocoldesk.service.CounterpartService;
import org.protocoldesk.service.FollowUpService;
import org.protocoldesk.service.MeetingService;
import org.protocoldesk.store.DataStore;
import org.protocoldesk.store.Database;
import org.protocoldesk.ui.common.Dates;
import org.testfx.api.FxRobot;

/**
 * The Follow-ups screen in the real app: open ones by due date, overdue marked; reached from Today's card on the
 * follow-up clicked; one marked done (today by default) leaves the open list and Today; a day that is no day is
 * refused next to its field and nothing is written.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FollowUpsScreenTest extends FxRobot {
    private static final LocalDate TODAY = LocalDate.now();
    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");
    private static final PseudoClass DUE_SOON = PseudoClass.getPseudoClass("due-soon");

    @TempDir
    static Path dataDir;
    private RunningApp app;

    @BeforeAll
    void startWithFollowUpsDue() throws TimeoutException {
        try (Database database = Database.open(dataDir)) {
            DataStore data = new DataStore(database.configuration());
            long hajiyev = new CounterpartService(data).add(Person.builder(Side.OURS, "Isfandiyar Hajiyev").build())
                    .id();
            long meeting = new MeetingService(data).add(new Meeting(null, MeetingKind.BILATERAL,
                    "Meeting with Harj Dersi", TODAY.minusDays(30), null, null, ZoneId.of("Europe/London"), null,
                    "London", null, null, null, null, List.of(hajiyev), List.of(), List.of())).id();
            FollowUpService followUps = new FollowUpService(data);
            followUps.add(open("Send the list of wanted persons", hajiyev, TODAY.minusDays(2), meeting));
            followUps.add(open("Confirm the dates of the visit", hajiyev, TODAY.plusDays(2), meeting));
            followUps.add(open("Draft the memorandum", null, TODAY.plusDays(3), meeting));
            followUps.add(open("Book the interpreter", null, TODAY.minusDays(1), meeting));
            followUps.add(open("Reply on the training programme", null, TODAY.plusDays(60), meeting));
        }
        app = RunningApp.start(dataDir, "--no-demo");
        waitUntil(() -> todayFollowUps().getItems().size() == 4);
    }

    @AfterAll
    void stop() throws TimeoutException {
        app.close();
    }

    @Test
    void openFollowUpsAreListedByDueDateOverdueInRedAndDueWithinAWeekHighlighted() throws TimeoutException {
        clickOn("#nav-follow-ups");
        waitUntil(() -> rows().getItems().size() >= 3);
        assertThat(rows().getItems()).extracting(f -> f.followUp().dueDate()).isSorted();

        waitUntil(() -> rowOf("Send the list of wanted persons").getPseudoClassStates().contains(OVERDUE));
        assertThat(rowOf("Confirm the dates of the visit").getPseudoClassStates()).contains(DUE_SOON)
                .doesNotContain(OVERDUE);
        assertThat(rowOf("Reply on the training programme").getPseudoClassStates())
                .doesNotContain(OVERDUE, DUE_SOON);
    }

    @Test
    void todaysCardOpensTheFollowUpClickedOnTheFollowUpsScreen() throws TimeoutException {
        shortcut(KeyCode.DIGIT1);
        waitUntil(() -> todayFollowUps().getItems().stream().anyMatch(f -> f.followUp().text().equals(
                "Draft the memorandum")));
        TableRow<?> row = lookup("#today-follow-ups .table-row-cell").queryAll().stream().map(n -> (TableRow<?>) n)
                .filter(r -> r.getItem() instanceof FollowUpSummary f && f.followUp().text().equals(
                        "Draft the memorandum")).findFirst().orElseThrow();
        doubleClickOn(row, MouseButton.PRIMARY);

        waitUntil(() -> lookup("#follow-ups-screen").tryQuery().isPresent()
                && rows().getSelectionModel().getSelectedItem() != null
                && rows().getSelectionModel().getSelectedItem().followUp().text().equals("Draft the memorandum"));
    }

    @Test
    void aFollowUpMarkedDoneLeavesTheOpenListAndToday() throws TimeoutException {
        select("Book the interpreter");
        assertThat(lookup("#follow-ups-done-on").queryAs(TextInputControl.class).getText())
                .isEqualTo(Dates.day(TODAY));

        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);

        waitUntil(() -> ("done " + TODAY).equals(query("SELECT status || ' ' || done_date FROM follow_up "
                + "WHERE text = 'Book the interpreter'")));
        waitUntil(() -> rows().getItems().stream().noneMatch(f -> f.followUp().text().startsWith("Book the")));
        shortcut(KeyCode.DIGIT1);
        waitUntil(() -> todayFollowUps().getItems().size() == 3
                && todayFollowUps().getItems().stream().noneMatch(f -> f.followUp().text().startsWith("Book the")));

        clickOn("#nav-follow-ups");
        clickOn("#follow-ups-filter-done");
        waitUntil(() -> rows().getItems().size() == 1
                && rows().getItems().get(0).followUp().status() == FollowUpStatus.DONE);
        assertThat(lookup("#follow-ups-mark-done").query().isDisabled()).isTrue();
    }

    @Test
    void aDoneDayThatIsNoDayIsRefusedNextToItsFieldAndNothingIsWritten() throws TimeoutException {
        select("Reply on the training programme");
        interact(() -> lookup("#follow-ups-done-on").queryAs(TextInputControl.class).setText("31 Feb 2026"));
        clickOn("#follow-ups-mark-done");

        waitUntil(() -> lookup("#follow-ups-done-on-error").queryAs(Labeled.class).getText().startsWith("Not a date"));
        assertThat(query("SELECT status FROM follow_up WHERE text = 'Reply on the training programme'"))
                .isEqualTo("open");
        interact(() -> lookup("#follow-ups-done-on").queryAs(TextInputControl.class).setText(Dates.day(TODAY)));
    }

    private void select(String text) throws TimeoutException {
        clickOn("#nav-follow-ups");
        clickOn("#follow-ups-filter-open");
        waitUntil(() -> rows().getItems().stream().anyMatch(f -> f.followUp().text().equals(text)));
        interact(() -> rows().getSelectionModel().select(rows().getItems().stream()
                .filter(f -> f.followUp().text().equals(text)).findFirst().orElseThrow()));
    }

    private static FollowUp open(String text, Long owner, LocalDate due, long meeting) {
        return new FollowUp(null, text, Party.US, owner, due, null, FollowUpStatus.OPEN, meeting);
    }

    private TableRow<?> rowOf(String text) {
        return lookup("#follow-ups-table .table-row-cell").queryAll().stream().map(n -> (TableRow<?>) n)
                .filter(r -> r.getItem() instanceof FollowUpSummary f && f.followUp().text().equals(text))
                .findFirst().orElseThrow();
    }

    private void shortcut(KeyCode key) {
        press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
    }

    @SuppressWarnings("unchecked")
    private TableView<FollowUpSummary> rows() {
        return lookup("#follow-ups-table").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private TableView<FollowUpSummary> todayFollowUps() {
        return lookup("#today-follow-ups .table-view").queryAs(TableView.class);
    }

    private static String query(String sql) {
        return DatabaseFile.query(dataDir, sql);
    }
}
