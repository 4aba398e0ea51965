package org.protocoldesk.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protocoldesk.model.TimelineKind;
import org.protocoldesk.service.CalendarService;
import org.protocoldesk.service.DemoDataService;
import org.protocoldesk.service.ExecutorTaskRunner;
import org.protocoldesk.store.DataStore;
import org.protocoldesk.store.Database;
import org.protocoldesk.ui.common.LoadState;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The timeline on the demo data: the ECO, whose Secretary General changed in 2024. */
class TimelineScreenTest extends FxRobot {
    @TempDir
    Path dir;

    private Database database;
    private ExecutorTaskRunner tasks;
    private TimelineView view;
    private final List<String> opened = new CopyOnWriteArrayList<>();

    @BeforeEach
    void show() throws TimeoutException {
        database = Database.open(dir);
        DataStore data = new DataStore(database.configuration());
        new DemoDataService(data).load();
        tasks = new ExecutorTaskRunner(Platform::runLater, count -> { });
        show(new CalendarService(data), CalendarService.TIMELINE_PAGE_MEETINGS);
    }

    /** Shows the timeline screen afresh, reading pages of at least {@code pageMeetings} meetings. */
    private void show(CalendarService calendar, int pageMeetings) throws TimeoutException {
        Clock clock = Clock.fixed(LocalDate.of(2025, 1, 10).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupSceneRoot(() -> {
            view = new TimelineView();
            new TimelineController(view, tasks, calendar, clock,
                    (section, id) -> opened.add(section + ":" + id), pageMeetings).refresh();
            return view;
        });
        FxToolkit.setupStage(s -> {
            s.setWidth(1200);
            s.setHeight(800);
            s.show();
        });
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
        tasks.close();
        database.close();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    private void showEco() throws TimeoutException {
        clickOn("#timeline-find").write("ECO");
        waitUntil(() -> view.choices().getItems().stream()
                .anyMatch(c -> c.name().equals("Economic Cooperation Organization")));
        interact(() -> view.choices().getItems().stream()
                .filter(c -> c.name().equals("Economic Cooperation Organization")).findFirst()
                .ifPresent(view.choices().getSelectionModel()::select));
        waitUntil(() -> view.model().state().get() == LoadState.LOADED);
        waitUntil(() -> !lookup(".timeline-entry").queryAll().isEmpty()); // laid out
    }

    private List<String> rowTexts() {
        return lookup(".timeline-entry .timeline-title").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    @Test
    void theEcoTimelineShowsTheHandOverOfTheSecretaryGeneral() throws TimeoutException {
        showEco();

        assertThat(lookup(".screen-subtitle").queryAs(Label.class).getText())
                .isEqualTo("Economic Cooperation Organization");
        List<String> posts = view.model().shown().stream().filter(e -> e.kind() == TimelineKind.POST)
                .filter(e -> e.title().equals("Secretary General")).map(e -> e.people().get(0)).toList();
        // Newest first: Khan, in post since 15 November 2024, after Noziri.
        assertThat(posts).containsExactly("Asad M. Khan", "Khusrav Noziri");
        assertThat(rowTexts()).anyMatch(t -> t.startsWith("Secretary General — Asad M. Khan"));
        assertThat(lookup("#timeline-glance").queryAs(Label.class).getText()).startsWith("Last met 15 Nov 2024");
        assertThat(lookup("#timeline-status").queryAs(Label.class).getText()).contains("newest first");
        // What is still open is counted after the page shows, over the whole history.
        waitUntil(() -> lookup("#timeline-glance").queryAs(Label.class).getText().endsWith("awaiting a decision"));
    }

    @Test
    void readAMeetingAtATimeTheHandOverShowsOnceTheListIsScrolledDown() throws TimeoutException {
        show(new CalendarService(new DataStore(database.configuration())), 1);
        showEco();
        // The newest page holds the last meeting, with Khan.
        assertThat(lookup("#timeline-glance").queryAs(Label.class).getText()).startsWith("Last met 15 Nov 2024");

        ListView<?> list = lookup("#timeline-list").queryListView();
        waitUntil(() -> {
            list.scrollTo(list.getItems().size() - 1);
            return view.model().olderBefore().isEmpty();
        });

        assertThat(view.model().shown()).filteredOn(e -> e.kind() == TimelineKind.POST)
                .filteredOn(e -> e.title().equals("Secretary General")).extracting(e -> e.people().get(0))
                .containsExactly("Asad M. Khan", "Khusrav Noziri");
        assertThat(view.model().rows()).noneMatch(TimelineRow::isOlder);
        assertThat(lookup("#timeline-glance").queryAs(Label.class).getText()).startsWith("Last met 15 Nov 2024");
    }

    @Test
    void zoomingToDaysGroupsTheEntriesByDay() throws TimeoutException {
        showEco();

        clickOn("#timeline-zoom-days");

        waitUntil(() -> lookup(".timeline-heading").queryAll().stream()
                .anyMatch(n -> "Thursday 16 May 2024".equals(((ListCell<?>) n).getText())));
    }

    @Test
    void hidingAKindLeavesTheOthers() throws TimeoutException {
        showEco();

        clickOn("#timeline-kind-kind-post");

        assertThat(view.model().shown()).isNotEmpty().noneMatch(e -> e.kind() == TimelineKind.POST);
    }

    @Test
    void clickingAMeetingOpensIt() throws TimeoutException {
        showEco();
        Node meeting = lookup(".timeline-entry").match(n -> n.lookup(".kind-meeting") != null).query();
        long id = ((org.protocoldesk.ui.timeline.TimelineRow) ((ListCell<?>) meeting).getItem()).entry().recordId();

        clickOn(meeting);

        waitUntil(() -> opened.contains("MEETINGS:" + id));
    }

    @Test
    void enterInTheFindFieldShowsTheFirstMatch() throws TimeoutException {
        clickOn("#timeline-find").write("Noziri");
        waitUntil(() -> view.choices().getItems().size() == 1);

        type(KeyCode.ENTER);

        waitUntil(() -> view.model().state().get() == LoadState.LOADED);
        assertThat(view.model().subject().get().name()).isEqualTo("Khusrav Noziri");
    }
}
