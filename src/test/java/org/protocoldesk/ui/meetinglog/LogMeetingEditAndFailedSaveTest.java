package org.protocoldesk.ui.meetinglog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protocoldesk.model.DocumentKind;
import org.protocoldesk.model.DocumentStatus;
import org.protocoldesk.model.DocumentTerms;
import org.protocoldesk.model.FollowUpEntry;
import org.protocoldesk.model.InvitationDirection;
import org.protocoldesk.model.InvitationOccasion;
import org.protocoldesk.model.InvitationTerms;
import org.protocoldesk.model.MeetingEntry;
import org.protocoldesk.model.MeetingKind;
import org.protocoldesk.model.OutcomeEntry;
import org.protocoldesk.model.OutcomeKind;
import org.protocoldesk.model.Party;
import org.protocoldesk.service.CountryService;
import org.protocoldesk.service.DemoDataService;
import org.protocoldesk.service.DraftService;
import org.protocoldesk.service.EventService;
import org.protocoldesk.service.ExecutorTaskRunner;
import org.protocoldesk.service.MeetingLogService;
import org.protocoldesk.service.MeetingService;
import org.protocoldesk.service.TripService;
import org.protocoldesk.store.DataStore;
import org.protocoldesk.store.Database;
import org.protocoldesk.ui.common.ScriptedDialogs;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Log meeting window opened on a meeting saved before, and saves that the database refuses: locked by another
 * connection (for real, with a short busy timeout) or a full disk (SQLite's SQLITE_FULL, injected at the insert).
 */
class LogMeetingEditAndFailedSaveTest extends FxRobot {
    private static final LocalDate MAY_16 = LocalDate.of(2024, 5, 16);
    private static final Pattern MEETING_INSERT = Pattern.compile("^insert into \"?meeting\"? \\(");

    @TempDir
    Path dir;

    private Database database;
    private DataStore data;
    private ExecutorTaskRunner tasks;
    private MeetingLogService log;
    private Stage owner;
    private final AtomicBoolean diskFull = new AtomicBoolean();

    @BeforeEach
    void open() throws TimeoutException {
        database = Database.open(dir, Duration.ofMillis(300));
        data = new DataStore(database.configuration());
        new DemoDataService(data).load();
        log = new MeetingLogService(data, ZoneId.of("UTC"));
        tasks = new ExecutorTaskRunner(Platform::runLater, count -> { });
        owner = FxToolkit.registerPrimaryStage();
        FxToolkit.setupSceneRoot(StackPane::new);
        FxToolkit.setupStage(Stage::show);
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
        tasks.close();
        database.close();
    }

    @Test
    void aMeetingOpenedToEditIsPrefilledAndSavingKeepsTheIdsOfItsChildren() throws TimeoutException {
        long id = log.save(meeting(), null);
        MeetingEntry before = log.entry(id).orElseThrow();

        interact(() -> meetingLog(data).edit(id));
        Window form = formWindow();
        assertThat(((Stage) form).getTitle()).isEqualTo("Edit meeting");
        assertThat(chips()).containsExactly("Yusuf Rahmon");
        assertThat(text("#log-meeting-time")).isEqualTo("18:45");
        assertThat(text("#log-meeting-outcome-1-text")).isEqualTo("Official visit to Azerbaijan");
        assertThat(text("#log-meeting-outcome-2-title")).isEqualTo("Memorandum on judicial training");
        assertThat(text("#log-meeting-follow-up-3-action")).isEqualTo("Send the draft programme");

        interact(() -> field("#log-meeting-summary").setText("Edited in the form."));
        targetWindow(form);
        press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitUntil(() -> !form.isShowing());

        MeetingEntry after = log.entry(id).orElseThrow();
        assertThat(after.summary()).isEqualTo("Edited in the form.");
        assertThat(after.outcomes()).isEqualTo(before.outcomes());
        assertThat(after.followUps()).isEqualTo(before.followUps());
    }

    @Test
    void aSaveThatMeetsALockedDatabaseSaysSoKeepsWhatWasTypedAndStoresNothing() throws Exception {
        int meetingsBefore = new MeetingService(data).count();
        interact(() -> meetingLog(data).logNew());
        Window form = typeAMeeting();

        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + database.file());
             Statement lock = other.createStatement()) {
            lock.execute("BEGIN IMMEDIATE");
            press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
            waitUntil(() -> !problem().isEmpty());
            lock.execute("ROLLBACK");
        }

        assertThat(problem()).isEqualTo("Not saved: Another program is keeping the data file busy: try again in a "
                + "moment.");
        assertKeptAndNothingStored(form, meetingsBefore);
        press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitUntil(() -> !form.isShowing());
        assertThat(new MeetingService(data).count()).isEqualTo(meetingsBefore + 1);
    }

    @Test
    void aSaveThatMeetsAFullDiskSaysSoKeepsWhatWasTypedAndStoresNothing() throws Exception {
        int meetingsBefore = new MeetingService(data).count();
        interact(() -> meetingLog(fullDiskAtTheMeetingInsert()).logNew());
        Window form = typeAMeeting();
        diskFull.set(true);

        press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitUntil(() -> !problem().isEmpty());

        assertThat(problem()).isEqualTo("Not saved: The disk is full: free some space, then try again.");
        assertKeptAndNothingStored(form, meetingsBefore);
    }

    private Window typeAMeeting() throws TimeoutException {
        Window form = formWindow();
        targetWindow(form);
        waitUntil(() -> lookup("#log-meeting-counterparts-input").query().isFocused());
        write("yusuf");
        push(KeyCode.ENTER);
        waitUntil(() -> chips().contains("Yusuf Rahmon"));
        interact(() -> field("#log-meeting-summary").setText("Judicial training agreed."));
        return form;
    }

    private void assertKeptAndNothingStored(Window form, int meetingsBefore) {
        assertThat(form.isShowing()).isTrue();
        assertThat(chips()).containsExactly("Yusuf Rahmon");
        assertThat(text("#log-meeting-summary")).isEqualTo("Judicial training agreed.");
        assertThat(new MeetingService(data).count()).isEqualTo(meetingsBefore);
    }

    /** The data store of the form, whose insert of a meeting fails as SQLite does on a full disk while asked to. */
    private DataStore fullDiskAtTheMeetingInsert() {
        ExecuteListener full = new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                if (diskFull.get() && ctx.sql() != null && MEETING_INSERT.matcher(ctx.sql()).find()) {
                    throw new DataAccessException("SQL [" + ctx.sql() + "]",
                            new SQLiteException("[SQLITE_FULL] database or disk is full", SQLiteErrorCode.SQLITE_FULL));
                }
            }
        };
        return new DataStore(database.configuration().derive(new DefaultExecuteListenerProvider(full)));
    }

    private MeetingLog meetingLog(DataStore store) {
        return new MeetingLog(() -> owner, tasks, new ScriptedDialogs(), new MeetingLog.Services(
                new MeetingLogService(store, ZoneId.of("UTC")), new DraftService(store), new TripService(store),
                new EventService(store), new CountryService(store)), Clock.systemDefaultZone(), () -> { });
    }

    private MeetingEntry meeting() {
        long rahmon = person("Yusuf Rahmon");
        long aliyev = person("Kamran Aliyev");
        return new MeetingEntry(null, MeetingKind.SIDELINE, MAY_16, LocalTime.of(18, 45), ZoneId.of("Asia/Dushanbe"),
                "Kokhi Navruz", "Dushanbe", "TJ", null, null, List.of(rahmon), List.of(aliyev),
                List.of("Judicial training"), "A training programme was agreed.",
                List.of(new OutcomeEntry(null, OutcomeKind.INVITATION, "Official visit to Azerbaijan",
                                new InvitationTerms(null, InvitationDirection.OUTGOING,
                                        InvitationOccasion.OFFICIAL_VISIT, null, aliyev, null, rahmon, null, null,
                                        null, null), null),
                        new OutcomeEntry(null, OutcomeKind.DOCUMENT_SIGNED, "Memorandum signed", null,
                                new DocumentTerms(null, "Memorandum on judicial training", DocumentKind.MEMORANDUM,
                                        DocumentStatus.SIGNED, MAY_16, null))),
                List.of(new FollowUpEntry(null, "Send the draft programme", Party.US, aliyev, MAY_16.plusDays(14))));
    }

    private long person(String name) {
        return log.people().stream().filter(p -> p.fullName().equals(name)).findFirst().orElseThrow().id();
    }

    private Window formWindow() throws TimeoutException {
        waitUntil(() -> lookup("#log-meeting").tryQuery().isPresent());
        return lookup("#log-meeting").query().getScene().getWindow();
    }

    private List<String> chips() {
        return lookup("#log-meeting-counterparts-row .tag-chip").queryAll().stream()
                .map(n -> ((Labeled) n).getText()).toList();
    }

    private String problem() {
        return lookup("#log-meeting-problem").queryAs(Labeled.class).getText();
    }

    private String text(String query) {
        return field(query).getText();
    }

    private TextInputControl field(String query) {
        return lookup(query).queryAs(TextInputControl.class);
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }
}
