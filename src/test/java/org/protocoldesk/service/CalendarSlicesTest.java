package org.protocoldesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protocoldesk.model.CalendarItem;
import org.protocoldesk.model.Meeting;
import org.protocoldesk.model.MeetingKind;
import org.protocoldesk.store.DataStore;
import org.protocoldesk.store.Database;
import org.protocoldesk.ui.common.CurrentThreadTaskRunner;

/** Month slices loaded as the calendar asks, with the runner holding results back until the test releases them. */
class CalendarSlicesTest {
    private static final YearMonth MAY = YearMonth.of(2024, 5);
    private static final YearMonth JUNE = YearMonth.of(2024, 6);

    @TempDir
    Path dir;

    private final CurrentThreadTaskRunner tasks = new CurrentThreadTaskRunner();
    private final List<String> painted = new ArrayList<>();
    private Database database;
    private CalendarSlices slices;

    @BeforeEach
    void open() {
        database = Database.open(dir);
        DataStore data = new DataStore(database.configuration());
        MeetingService meetings = new MeetingService(data);
        meetings.add(meeting("May meeting", LocalDate.of(2024, 5, 16)));
        meetings.add(meeting("June meeting", LocalDate.of(2024, 6, 20)));
        slices = CalendarSlices.complete(tasks, new CalendarService(data));
        slices.setOnLoaded(() -> painted.add(titles(JUNE)));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private String titles(YearMonth month) {
        return slices.between(month.atDay(1), month.atEndOfMonth())
                .map(shown -> String.join(",", shown.items().stream().map(CalendarItem::title).toList()))
                .orElse("not loaded");
    }

    private void request(YearMonth month) {
        slices.request(month.atDay(1), month.atEndOfMonth());
    }

    @Test
    void aNewerRangeCancelsTheOlderOneWhoseResultIsNeverDelivered() {
        request(MAY);
        request(JUNE);

        tasks.runAll();

        assertThat(painted).containsExactly("June meeting");
        assertThat(titles(MAY)).isEqualTo("not loaded");
    }

    @Test
    void aStaleLoadFinishingAfterTheNewerOneDoesNotPaintOverIt() {
        request(MAY);
        request(JUNE);

        tasks.runAllInReverse();

        assertThat(painted).containsExactly("June meeting");
        assertThat(titles(MAY)).isEqualTo("not loaded");
        assertThat(titles(JUNE)).isEqualTo("June meeting");
    }

    @Test
    void monthsLoadedOrInFlightAreNotLoadedAgain() {
        request(JUNE);
        request(JUNE);
        assertThat(tasks.pendingCount()).isEqualTo(1);
        assertThat(slices.isLoading(JUNE)).isTrue();

        tasks.runAll();
        request(JUNE);

        assertThat(tasks.pendingCount()).isZero();
        assertThat(slices.isLoading(JUNE)).isFalse();
    }

    @Test
    void aRangeOverTwoMonthsIsShownOnceBothHaveArrived() {
        slices.request(LocalDate.of(2024, 5, 27), LocalDate.of(2024, 6, 30));
        assertThat(tasks.pendingCount()).isEqualTo(2);

        tasks.runAll();

        assertThat(slices.between(LocalDate.of(2024, 5, 27), LocalDate.of(2024, 6, 30)).orElseThrow().items())
                .extracting(CalendarItem::title).containsExactly("June meeting");
        assertThat(slices.between(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 6, 30)).orElseThrow().items())
                .extracting(CalendarItem::title).containsExactly("May meeting", "June meeting");
    }

    @Test
    void clearingCancelsTheLoadsUnderWayAndForgetsTheMonthsLoaded() {
        request(MAY);
        tasks.runAll();
        request(JUNE);

        slices.clear();
        tasks.runAll();

        assertThat(titles(MAY)).isEqualTo("not loaded");
        assertThat(titles(JUNE)).isEqualTo("not loaded");
    }

    private static Meeting meeting(String title, LocalDate day) {
        return new Meeting(null, MeetingKind.BILATERAL, title, day, null, null, ZoneId.of("Asia/Dushanbe"),
                null, null, null, null, null, null, List.of(), List.of(), List.of());
    }
}
