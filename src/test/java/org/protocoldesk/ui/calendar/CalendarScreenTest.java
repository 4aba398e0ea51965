package org.protocoldesk.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protocoldesk.model.CalendarItem;
import org.protocoldesk.model.CalendarItemKind;
import org.protocoldesk.service.CalendarService;
import org.protocoldesk.service.DemoDataService;
import org.protocoldesk.service.ExecutorTaskRunner;
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
    private final List<String> opened = new CopyOnWriteArrayList<>();

    @BeforeEach
    void show() throws TimeoutException {
        database = Database.open(dir);
        DataStore data = new DataStore(database.configuration());
        new DemoDataService(data).load();
        tasks = new ExecutorTaskRunner(Platform::runLater, count -> { });
        Clock clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupSceneRoot(() -> {
            view = new CalendarView();
            new CalendarController(view, tasks, new CalendarService(data), clock,
                    (section, id) -> opened.add(section + ":" + id)).refresh();
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
    void theMonthShowsTheEcoMeetingOnTheDayItWasHeldAndTheTripOfThatMonth() throws TimeoutException {
        // The reports date the Dushanbe visit only to the month (May 2024), its 5th ECO Meeting to the day.
        assertThat(period()).isEqualTo("May 2024");
        waitUntil(() -> lookup("#day-2024-05-16 .kind-event").tryQuery().isPresent());
        assertThat(lookup("#day-2024-05-17 .kind-event").tryQuery()).isEmpty();
        waitUntil(() -> lookup("#calendar-month .kind-trip").tryQuery().isPresent());
    }

    @Test
    void theButtonsAndKeysSwitchBetweenMonthWeekAndDay() throws TimeoutException {
        clickOn("#calendar-mode-week");
        waitUntil(() -> lookup("#calendar-week").tryQuery().isPresent());
        assertThat(period()).isEqualTo("13–19 May 2024");

        clickOn("#calendar-mode-day");
        waitUntil(() -> lookup("#calendar-day-agenda").tryQuery().isPresent());
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
        waitUntil(() -> lookup("#calendar-month .kind-trip").tryQuery().isPresent());

        clickOn("#legend-kind-trip");
        waitUntil(() -> lookup("#calendar-month .kind-trip").tryQuery().isEmpty());

        clickOn("#legend-kind-trip");
        waitUntil(() -> lookup("#calendar-month .kind-trip").tryQuery().isPresent());
    }
}
