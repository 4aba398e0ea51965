package org.protocoldesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.protocoldesk.app.RunningApp.waitUntil;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protocoldesk.model.DocumentSummary;
import org.protocoldesk.model.InvitationSummary;
import org.protocoldesk.model.MeetingEntry;
import org.protocoldesk.model.MeetingSummary;
import org.protocoldesk.model.OutcomeKind;
import org.protocoldesk.service.DocumentService;
import org.protocoldesk.service.InvitationService;
import org.protocoldesk.service.MeetingLogService;
import org.protocoldesk.service.MeetingService;
import org.protocoldesk.store.DataStore;
import org.protocoldesk.store.Database;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Log meeting form in the real app on the demo data, driven from the keyboard alone. */
class LogMeetingRobotTest extends FxRobot {
    @TempDir
    Path dataDir;

    private int keystrokes;

    @Test
    void aSidelineMeetingIsLoggedFromTheKeyboardAloneAndFoundWhereItBelongs() throws TimeoutException {
        long started;
        long saved;
        long id;
        try (RunningApp app = RunningApp.start(dataDir)) {
            waitForDemoData();
            started = System.nanoTime();
            shortcut(KeyCode.L);
            waitUntil(() -> lookup("#log-meeting").tryQuery().isPresent() && focused("#log-meeting-counterparts-input"));
            targetWindow(lookup("#log-meeting").query().getScene().getWindow());

            type("yusuf");
            key(KeyCode.ENTER);
            type("Ali Mansoor");
            key(KeyCode.ENTER);
            waitUntil(() -> lookup("#new-counterpart").query().isVisible());
            key(KeyCode.TAB); // country: none known
            key(KeyCode.TAB);
            type("Deputy Prosecutor General");
            key(KeyCode.TAB);
            type("Public Prosecution of Bahrain");
            key(KeyCode.ENTER);
            waitUntil(() -> chipCount("#log-meeting-counterparts-input") == 2
                    && focused("#log-meeting-counterparts-input"));

            key(KeyCode.TAB);
            replace("16 May 2024");
            key(KeyCode.TAB);
            replace("10:30");
            key(KeyCode.TAB);
            replace("Asia/Dushanbe");
            key(KeyCode.TAB);
            type("Kokhi Navruz, room 2");
            key(KeyCode.TAB); // trip
            key(KeyCode.TAB); // event
            key(KeyCode.TAB);
            type("kamran");
            key(KeyCode.ENTER);
            key(KeyCode.TAB);
            type("mutual");
            key(KeyCode.ENTER);
            type("extrad");
            key(KeyCode.ENTER);
            type("Judicial training");
            key(KeyCode.ENTER);
            key(KeyCode.TAB);
            type("Cooperation on extradition requests; a joint training programme.");
            key(KeyCode.TAB);
            key(KeyCode.SPACE); // add outcome: focus in its kind
            waitUntil(() -> focused("#log-meeting-outcome-1-kind"));
            type("i");
            key(KeyCode.TAB);
            type("Official visit to Azerbaijan");
            key(KeyCode.TAB);
            type("o"); // outgoing: we invite the first counterpart
            key(KeyCode.TAB);
            type("o"); // official visit
            key(KeyCode.TAB); // invited by: our participant
            key(KeyCode.TAB); // invited: the first counterpart
            key(KeyCode.TAB);
            type("Jan 2025");
            key(KeyCode.TAB);
            type("Jun 2025");
            key(KeyCode.TAB);
            type("1 Sep 2024");
            key(KeyCode.TAB);
            key(KeyCode.SPACE);
            waitUntil(() -> focused("#log-meeting-outcome-2-kind"));
            type("dd"); // decision, then document signed
            key(KeyCode.TAB);
            type("Memorandum signed");
            key(KeyCode.TAB);
            type("Memorandum on judicial training");
            key(KeyCode.TAB);
            type("m");
            key(KeyCode.TAB);
            type("s");
            key(KeyCode.TAB);
            type("16 May 2024");
            key(KeyCode.TAB); // in force until
            key(KeyCode.TAB); // add outcome
            key(KeyCode.TAB);
            key(KeyCode.SPACE); // add follow-up
            waitUntil(() -> focused("#log-meeting-follow-up-3-action"));
            type("Send the draft training programme");
            key(KeyCode.TAB);
            type("u");
            key(KeyCode.TAB); // owner
            key(KeyCode.TAB);
            type("30 May 2024");
            FormShot.save(lookup(".log-meeting-body").query(), Path.of("target", "shots", "log-meeting.png"));
            shortcut(KeyCode.ENTER);
            waitUntil(() -> lookup("#log-meeting").tryQuery().isEmpty());
            saved = System.nanoTime();

            targetWindow(app.stage());
            shortcut(KeyCode.DIGIT5);
            shortcut(KeyCode.F);
            write("Mansoor");
            waitUntil(() -> table("#meetings-table").getItems().size() == 1);
            MeetingSummary meeting = (MeetingSummary) table("#meetings-table").getItems().get(0);
            id = meeting.id();
            assertThat(meeting.counterparts()).contains("Yusuf Rahmon", "Ali Mansoor");
            assertThat(meeting.topics()).contains("Judicial training", "extradition", "mutual legal assistance");
            key(KeyCode.DOWN); // from the filter to the meeting: its pane shows what its outcomes created
            waitUntil(() -> lookup("#meeting-outcome-2-document").tryQuery()
                    .map(n -> ((Labeled) n).getText().contains("Memorandum on judicial training")).orElse(false));
            assertThat(lookup("#meeting-outcome-1-invitation").queryAs(Labeled.class).getText())
                    .startsWith("Invitation: Official visit");

            shortcut(KeyCode.DIGIT6);
            clickOn("#invitations-direction-outgoing"); // extended by us
            shortcut(KeyCode.F);
            write("official visit kamran yusuf pending");
            waitUntil(() -> table("#invitations-table").getItems().size() == 1);

            shortcut(KeyCode.DIGIT2);
            shortcut(KeyCode.F);
            write("Yusuf Rahmon");
            waitUntil(() -> table("#counterparts-table").getItems().size() == 1);
            push(KeyCode.DOWN); // the counterpart's pane lists what links to them: the document signed with them
            waitUntil(() -> lookup("#counterpart-links .links-entry").queryAll().stream()
                    .anyMatch(n -> ((Labeled) n).getText().contains("Memorandum on judicial training")));
        }
        System.out.printf("Log meeting robot run: %d keystrokes, %.1f s from Ctrl+L to saved%n", keystrokes,
                (saved - started) / 1e9);

        try (Database database = Database.open(dataDir)) {
            DataStore data = new DataStore(database.configuration());
            MeetingEntry entry = new MeetingLogService(data, java.time.ZoneId.of("UTC")).entry(id).orElseThrow();
            assertThat(entry.counterpartIds()).hasSize(2);
            assertThat(entry.ourParticipantIds()).hasSize(1);
            assertThat(entry.time()).hasToString("10:30");
            assertThat(entry.zone()).hasToString("Asia/Dushanbe");
            assertThat(entry.outcomes()).extracting(o -> o.kind())
                    .containsExactly(OutcomeKind.INVITATION, OutcomeKind.DOCUMENT_SIGNED);
            assertThat(entry.followUps()).singleElement().satisfies(f -> assertThat(f.action())
                    .isEqualTo("Send the draft training programme"));
            List<InvitationSummary> invitations = new InvitationService(data).summaries();
            assertThat(invitations).filteredOn(i -> id == java.util.Objects.requireNonNullElse(
                    i.invitation().extendedAtMeetingId(), -1L)).singleElement()
                    .satisfies(i -> {
                        assertThat(i.invitee().person()).isEqualTo("Yusuf Rahmon");
                        assertThat(i.invitation().proposedFrom()).isEqualTo(
                                org.protocoldesk.model.ApproximateDate.month(java.time.YearMonth.of(2025, 1)));
                        assertThat(i.invitation().proposedTo()).isEqualTo(
                                org.protocoldesk.model.ApproximateDate.month(java.time.YearMonth.of(2025, 6)));
                    });
            List<DocumentSummary> documents = new DocumentService(data).summaries();
            assertThat(documents).extracting(DocumentSummary::title).contains("Memorandum on judicial training");
        }
    }

    @Test
    void aFormClosedWithoutSavingComesBackFromItsDraft() throws TimeoutException {
        try (RunningApp app = RunningApp.start(dataDir)) {
            waitForDemoData();
            shortcut(KeyCode.L);
            waitUntil(() -> focused("#log-meeting-counterparts-input"));
            targetWindow(lookup("#log-meeting").query().getScene().getWindow());
            type("noziri");
            key(KeyCode.ENTER);
            Window form = lookup("#log-meeting").query().getScene().getWindow();
            interact(() -> ((TextArea) lookup("#log-meeting-summary").query()).setText("Budget of the secretariat"));
            interact(form::hide); // closed as with the window's close button
            targetWindow(app.stage());

            shortcut(KeyCode.L, KeyCode.SHIFT); // restore meeting drafts
            WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS,
                    () -> lookup("#log-meeting").tryQuery().isPresent());
            waitUntil(() -> "Budget of the secretariat".equals(
                    ((TextInputControl) lookup("#log-meeting-summary").query()).getText()));
            assertThat(chipTexts()).contains("Khusrav Noziri");
        }
    }

    @Test
    void everyInvalidInputIsRefusedWithItsMessageAndNothingIsWritten() throws TimeoutException {
        int meetingsBefore;
        try (RunningApp app = RunningApp.start(dataDir)) {
            waitForDemoData();
            meetingsBefore = meetingCount();
            shortcut(KeyCode.L);
            waitUntil(() -> focused("#log-meeting-counterparts-input"));
            targetWindow(lookup("#log-meeting").query().getScene().getWindow());
            interact(() -> {
                text("#log-meeting-date").setText("16 May 2024");
                text("#log-meeting-time").setText("10:30");
                text("#log-meeting-zone").setText("");
                text("#log-meeting-summary").setText("x".repeat(MeetingLogService.SUMMARY_LIMIT + 1));
            });
            interact(() -> lookup("#log-meeting-add-outcome").queryButton().fire());
            waitUntil(() -> focused("#log-meeting-outcome-1-kind"));
            type("i");
            interact(() -> text("#log-meeting-outcome-1-deadline").setText("1 May 2024"));
            interact(() -> lookup("#log-meeting-add-follow-up").queryButton().fire());
            waitUntil(() -> focused("#log-meeting-follow-up-2-action"));
            type("Send the programme");
            interact(() -> text("#log-meeting-follow-up-2-due").setText("10 May 2024"));
            shortcut(KeyCode.ENTER);

            assertThat(error("#log-meeting-counterparts-error")).isEqualTo("At least one counterpart.");
            assertThat(error("#log-meeting-zone-error")).isEqualTo("A time needs the zone of the place.");
            assertThat(error("#log-meeting-summary-error")).startsWith("At most 4000 characters");
            assertThat(error("#log-meeting-outcome-1-deadline-error"))
                    .isEqualTo("Before the invitation was extended (16 May 2024).");
            assertThat(error("#log-meeting-follow-up-2-due-error")).isEqualTo("Due before the meeting (16 May 2024).");
            assertThat(lookup("#log-meeting").tryQuery()).isPresent();
        }
        try (Database database = Database.open(dataDir)) {
            assertThat(new MeetingService(new DataStore(database.configuration())).count()).isEqualTo(meetingsBefore);
        }
    }

    private int meetingCount() {
        try {
            return WaitForAsyncUtils.asyncFx(() -> table("#meetings-table").getItems().size()).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits for the demo data, on the Meetings screen, which gives the window the focus; the screen is built on its
     * first visit, so the table may not be there yet when the wait starts.
     */
    private void waitForDemoData() throws TimeoutException {
        clickOn("#nav-meetings");
        WaitForAsyncUtils.waitFor(90, java.util.concurrent.TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> lookup("#meetings-table").tryQuery()
                        .map(table -> !((TableView<?>) table).getItems().isEmpty()).orElse(false)).get());
    }

    private void type(String text) {
        write(text);
        keystrokes += text.length();
    }

    /** Selects what a field holds and types over it: two keystrokes more. */
    private void replace(String text) {
        shortcut(KeyCode.A);
        type(text);
    }

    private void key(KeyCode code) {
        push(code);
        keystrokes++;
    }

    private void shortcut(KeyCode code, KeyCode... more) {
        KeyCode[] all = new KeyCode[more.length + 2];
        all[0] = KeyCode.CONTROL;
        System.arraycopy(more, 0, all, 1, more.length);
        all[all.length - 1] = code;
        push(all);
        keystrokes++;
    }

    private boolean focused(String query) {
        return lookup(query).tryQuery().map(Node::isFocused).orElse(false);
    }

    private long chipCount(String query) {
        return chipTexts().size();
    }

    private List<String> chipTexts() {
        return lookup("#log-meeting-counterparts-row .tag-chip").queryAll().stream()
                .map(n -> ((Labeled) n).getText()).toList();
    }

    private String error(String query) {
        return lookup(query).queryAs(Labeled.class).getText();
    }

    private TextInputControl text(String query) {
        return lookup(query).queryAs(TextInputControl.class);
    }

    @SuppressWarnings("unchecked")
    private TableView<Object> table(String query) {
        return lookup(query).queryAs(TableView.class);
    }
}
