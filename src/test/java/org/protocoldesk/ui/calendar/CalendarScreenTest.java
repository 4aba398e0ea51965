package org.protocoldesk.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protocoldesk.model.CalendarItem;
import org.protocoldesk.model.CalendarItemKind;
import org.protocoldesk.model.DatePrecision;
import org.protocoldesk.model.Invitation;
import org.protocoldesk.model.InvitationDirection;
import org.protocoldesk.model.InvitationOccasion;
import org.protocoldesk.model.InvitationStatus;
import org.protocoldesk.model.Meeting;
import org.protocoldesk.model.MeetingKind;
import org.protocoldesk.service.CalendarExportService;
import org.protocoldesk.ui.common.FrameTimes;
import org.protocoldesk.ui.common.LoadState;
import org.protocoldesk.ui.common.ScriptedDialogs;
import net.fortuna.ical4j.data.CalendarBuilder;
import org.protocoldesk.service.CalendarService;
import org.protocoldesk.service.DemoDataService;
import org.protocoldesk.service.ExecutorTaskRunner;
import org.protocoldesk.service.MeetingService;
import org.protocoldesk.store.DataStore;
import org.protocoldesk.store.Database;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The calendar on the demo data, on 17 May 2024: the day after the sideline meetings in Dushanbe. */
class CalendarScreenTest extends FxRobot {
    private static final LocalDate TODAY = LocalDate.of(2024, 5, 17);

    @TempDir
    Path dir;

    private Database database;
    private ExecutorTaskRunner tasks;
    private CalendarView view;
    private CalendarController controller;
    private DataStore data;
    private final List<String> opened = new CopyOnWriteArrayList<>();
    private final List<LocalDateTime> loggingAt = new CopyOnWriteArrayList<>();

    @BeforeEach
    void show() throws TimeoutException {
        database = Database.open(dir);
        data = new DataStore(database.configuration());
        new DemoDataService(data).load();
        // An invitation whose visit is proposed only for "June 2024".
        data.write(s -> s.invitations().insert(new Invitation(null, InvitationDirection.INCOMING,
                InvitationOccasion.OFFICIAL_VISIT, "Visit to Tashkent", 1L, null, null, null, "Tashkent", null,
                LocalDate.of(2024, 6, 1), null, null, null, null, InvitationStatus.PENDING, null, null, null,
                DatePrecision.MONTH, null, "Office of the Prosecutor General")));
        tasks = new ExecutorTaskRunner(Platform::runLater, count -> { });
        Clock clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupSceneRoot(() -> {
            view = new CalendarView();
            view.setOnLogMeeting((day, time) -> loggingAt.add(day.atTime(time)));
            controller = new CalendarController(view, tasks, new CalendarService(data), clock,
                    (section, id) -> opened.add(section + ":" + id));
            controller.exportWith(new IcsExport(tasks, new CalendarExportService(data, clock),
                    name -> Optional.of(dir.resolve(name)), new ScriptedDialogs()));
            controller.refresh();
            return view;
        });
        FxToolkit.setupStage(s -> {
            s.setWidth(1200);
            s.setHeight(800);
            s.show();
        });
        waitUntil(() -> stage.isShowing() && view.model().state().get() == org.protocoldesk.ui.common.LoadState.LOADED);
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
        tasks.close();
        database.close();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    private String period() {
        return lookup(".screen-subtitle").queryAs(Label.class).getText();
    }

    private Optional<Node> chip(String textPart) {
        return lookup(".calendar-item").match(n -> n instanceof Label l && l.getText().contains(textPart)).tryQuery();
    }

    @Test
    void theMonthShowsTheEcoMeetingOnTheDayItWasHeldAndTheTripOfThatMonthAsAMarkerOnNoDay() throws TimeoutException {
        // The reports date the Dushanbe visit only to the month (May 2024), its 5th ECO Meeting to the day.
        assertThat(period()).isEqualTo("May 2024");
        waitUntil(() -> lookup("#day-2024-05-16 .kind-event").tryQuery().isPresent());
        assertThat(lookup("#day-2024-05-17 .kind-event").tryQuery()).isEmpty();
        waitUntil(() -> lookup("#calendar-month-markers .kind-trip").tryQuery().isPresent());

        assertThat(lookup("#calendar-month-markers .kind-trip").queryAs(Label.class).getText())
                .startsWith("May 2024 · Dushanbe");
        assertThat(lookup("#calendar-month .kind-trip").tryQuery()).isEmpty(); // not on the 1st, nor any other day
    }

    /** A month shows up to 168 chips: their tooltips, each a popup window, are made only when one is hovered. */
    @Test
    void anEntrysDetailsComeAsATooltipOnItsFirstHover() throws TimeoutException {
        waitUntil(() -> lookup("#day-2024-05-16 .kind-event").tryQuery().isPresent());
        assertThat(lookup("#calendar-month .calendar-item").queryAllAs(Label.class))
                .extracting(Label::getTooltip).containsOnlyNulls();

        Label event = lookup("#day-2024-05-16 .kind-event").queryAs(Label.class);
        moveTo(event);

        waitUntil(() -> event.getTooltip() != null);
        assertThat(event.getTooltip().getText()).contains("5th Meeting of the Attorneys");
    }

    @Test
    void theButtonsAndKeysSwitchBetweenMonthWeekAndDay() throws TimeoutException {
        clickOn("#calendar-mode-week");
        waitUntil(() -> lookup("#calendar-week").tryQuery().isPresent());
        assertThat(period()).isEqualTo("13–19 May 2024");

        clickOn("#calendar-mode-day");
        waitUntil(() -> lookup("#calendar-day").tryQuery().isPresent());
        assertThat(period()).isEqualTo("Friday 17 May 2024");

        type(KeyCode.M);
        waitUntil(() -> lookup("#calendar-month").tryQuery().isPresent());
        assertThat(period()).isEqualTo("May 2024");
    }

    @Test
    void pageKeysMoveByThePeriodShownAndHomeComesBackToToday() throws TimeoutException {
        clickOn("#calendar-today");
        type(KeyCode.PAGE_DOWN);
        waitUntil(() -> period().equals("June 2024"));
        type(KeyCode.PAGE_UP, 2);
        waitUntil(() -> period().equals("April 2024"));

        type(KeyCode.W);
        type(KeyCode.HOME);
        waitUntil(() -> period().equals("13–19 May 2024"));
        type(KeyCode.PAGE_UP);
        waitUntil(() -> period().equals("6–12 May 2024"));
    }

    @Test
    void clickingAMeetingOpensIt() throws TimeoutException {
        type(KeyCode.D);
        type(KeyCode.PAGE_UP);
        waitUntil(() -> period().equals("Thursday 16 May 2024") && chip("Khusrav Noziri").isPresent());

        Node meeting = chip("Khusrav Noziri").orElseThrow();
        CalendarItem item = (CalendarItem) meeting.getUserData();
        clickOn(meeting);

        assertThat(item.kind()).isEqualTo(CalendarItemKind.MEETING);
        waitUntil(() -> opened.contains("MEETINGS:" + item.recordId()));
    }

    @Test
    void theLegendHidesAKindAndShowsItAgain() throws TimeoutException {
        waitUntil(() -> lookup("#calendar-month .kind-event").tryQuery().isPresent());

        clickOn("#legend-kind-event");
        waitUntil(() -> lookup("#calendar-month .kind-event").tryQuery().isEmpty());

        clickOn("#legend-kind-event");
        waitUntil(() -> lookup("#calendar-month .kind-event").tryQuery().isPresent());
    }

    @Test
    void doubleClickingAFreeHourOfTheWeekAsksToLogAMeetingAtThatDateAndHour() throws TimeoutException {
        type(KeyCode.W);
        waitUntil(() -> lookup("#slot-2024-05-15T10").tryQuery().isPresent());

        doubleClickOn("#slot-2024-05-15T10");

        waitUntil(() -> loggingAt.contains(LocalDateTime.of(2024, 5, 15, 10, 0)));
    }

    @Test
    void doubleClickingAFreeHourOfTheDayAsksToLogAMeetingThen() throws TimeoutException {
        type(KeyCode.D);
        waitUntil(() -> lookup("#slot-2024-05-17T11").tryQuery().isPresent());

        doubleClickOn("#slot-2024-05-17T11");

        waitUntil(() -> loggingAt.contains(LocalDateTime.of(2024, 5, 17, 11, 0)));
    }

    @Test
    void doubleClickingAFreeDayOfTheMonthAsksToLogAMeetingOnIt() throws TimeoutException {
        doubleClickOn("#day-2024-05-22");

        waitUntil(() -> loggingAt.contains(LocalDateTime.of(2024, 5, 22, 9, 0)));
        assertThat(loggingAt).hasSize(1);
    }

    @Test
    void aVisitProposedOnlyForAMonthIsAMarkerOnThatMonthAndOnNoDay() throws TimeoutException {
        type(KeyCode.PAGE_DOWN);
        waitUntil(() -> period().equals("June 2024") && lookup("#calendar-month-markers .kind-proposed-visit")
                .tryQuery().isPresent());

        Label marker = lookup("#calendar-month-markers .kind-proposed-visit").queryAs(Label.class);
        assertThat(marker.getText()).contains("Visit to Tashkent", "June 2024");
        assertThat(lookup("#calendar-month .kind-proposed-visit").tryQuery()).isEmpty();

        clickOn(marker);
        waitUntil(() -> opened.contains("INVITATIONS:" + ((CalendarItem) marker.getUserData()).recordId()));
    }

    /** Seven calls on a day of the month shown, from 09:00, with the month reloaded. */
    private LocalDate busyDay() throws TimeoutException {
        LocalDate busy = LocalDate.of(2024, 5, 22);
        MeetingService meetings = new MeetingService(data);
        for (int call = 1; call <= 7; call++) {
            meetings.add(new Meeting(null, MeetingKind.BILATERAL, "Call " + call, busy, LocalTime.of(8 + call, 0),
                    null, ZoneId.of("Asia/Dushanbe"), null, null, null, null, null, null, List.of(), List.of(),
                    List.of()));
        }
        WaitForAsyncUtils.asyncFx(controller::refresh);
        waitUntil(() -> lookup("#day-" + busy + " .calendar-more").tryQuery().isPresent());
        return busy;
    }

    @Test
    void aBusyDayOfTheMonthSaysHowManyMoreItHoldsAndOpeningItShowsThemAll() throws TimeoutException {
        LocalDate busy = busyDay();
        long entries = data.read(s -> s.calendar().between(busy, busy)).stream().filter(i -> !i.approximate())
                .count();

        String cell = "#day-" + busy;
        assertThat(lookup(cell + " .calendar-item").queryAll()).hasSize(MonthGrid.CHIPS_PER_DAY);
        assertThat(lookup(cell + " .calendar-more").queryAs(Hyperlink.class).getText())
                .isEqualTo("+" + (entries - MonthGrid.CHIPS_PER_DAY) + " more");
        // The month read only the first calls of the day, not all seven.
        assertThat(view.model().loaded()).filteredOn(i -> i.title().startsWith("Call "))
                .hasSizeLessThanOrEqualTo(MonthGrid.CHIPS_PER_DAY);

        clickOn(cell + " .calendar-more");

        waitUntil(() -> period().equals("Wednesday 22 May 2024") && lookup("#calendar-day .calendar-item")
                .match(n -> n instanceof Label l && l.getText().contains("Call ")).queryAll().size() == 7);
    }

    @Test
    void exportingAMonthWritesEveryEntryOfABusyDayNotOnlyThoseItsCellShows() throws Exception {
        busyDay();

        clickOn("#calendar-export");

        waitUntil(() -> lookup("#calendar-exported").queryAs(Label.class).getText().startsWith("Exported "));
        String text = Files.readString(dir.resolve("calendar-2024-05.ics"));
        for (int call = 1; call <= 7; call++) {
            assertThat(text).contains("SUMMARY:Call " + call);
        }
    }

    @Test
    void exportWritesTheEntriesShownToAnIcsFile() throws Exception {
        type(KeyCode.W);
        waitUntil(() -> period().equals("13–19 May 2024") && !view.model().shown().isEmpty());

        clickOn("#calendar-export");

        Path file = dir.resolve("calendar-2024-05-13-to-2024-05-19.ics");
        waitUntil(() -> lookup("#calendar-exported").queryAs(Label.class).getText()
                .startsWith("Exported "));
        String text = Files.readString(file);
        assertThat(text).startsWith("BEGIN:VCALENDAR").contains("Khusrav Noziri");
        assertThat(new CalendarBuilder().build(new StringReader(text)).validate().hasErrors()).isFalse();
    }

    @Test
    void theFrameLogCatchesAFrameTheWindowWasBlockedFor() throws Exception {
        FrameTimes frames = new FrameTimes();
        WaitForAsyncUtils.asyncFx(frames::start).get();
        waitUntil(() -> frames.frames() > 3);

        WaitForAsyncUtils.asyncFx(() -> {
            long until = System.nanoTime() + 150_000_000L;
            while (System.nanoTime() < until) {
                Thread.onSpinWait(); // the FX thread busy for 150 ms, as a slow repaint would keep it
            }
        }).get();
        int before = frames.frames();
        waitUntil(() -> frames.frames() > before + 3);
        WaitForAsyncUtils.asyncFx(frames::stop).get();

        assertThat(frames.worstMillis()).isGreaterThanOrEqualTo(140);
        assertThat(frames.slowFrames()).isPositive();
    }

    /** Not a speed test: it logs the worst frame while months are switched on cached data, for the note. */
    @Test
    void switchingMonthsOnCachedDataIsLoggedFrameByFrame() throws Exception {
        for (String month : List.of("June 2024", "July 2024")) {
            type(KeyCode.PAGE_DOWN);
            waitUntil(() -> period().equals(month) && view.model().state().get() == LoadState.LOADED);
        }
        type(KeyCode.HOME);
        waitUntil(() -> period().equals("May 2024") && view.model().state().get() == LoadState.LOADED);
        FrameTimes frames = new FrameTimes();
        WaitForAsyncUtils.asyncFx(frames::start).get();

        for (int round = 0; round < 5; round++) {
            type(KeyCode.PAGE_DOWN);
            type(KeyCode.PAGE_DOWN);
            type(KeyCode.PAGE_UP);
            type(KeyCode.PAGE_UP);
        }
        waitUntil(() -> period().equals("May 2024") && view.model().state().get() == LoadState.LOADED);
        WaitForAsyncUtils.asyncFx(frames::stop).get();

        System.out.println("Frame-time log, 20 month switches on cached data: " + frames.frames() + " frames, worst "
                + frames.worstMillis() + " ms, " + frames.slowFrames() + " over " + FrameTimes.SLOW_MS + " ms");
        assertThat(frames.frames()).isPositive();
    }
}
