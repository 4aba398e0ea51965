package org.protocoldesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protocoldesk.model.TodayAgenda;
import org.protocoldesk.service.ExecutorTaskRunner;
import org.protocoldesk.store.Database;
import org.protocoldesk.store.InstanceLock;
import org.protocoldesk.ui.common.Refreshable;
import org.protocoldesk.ui.common.ScriptedDialogs;
import org.protocoldesk.ui.shell.Section;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Today's data read by the task that opened the database shows as the screens connect, with no read of its own, and
 * the start's refresh of the other screens leaves it be; without it, Today reads as before.
 */
class TodayReadAtOpeningTest {
    @TempDir
    Path dataDir;
    private Optional<InstanceLock> lock;
    private Backend backend;
    /** The most tasks ever in flight: a read Today made would show here. */
    private final AtomicInteger mostInFlight = new AtomicInteger();
    private final ExecutorTaskRunner tasks = new ExecutorTaskRunner(Platform::runLater,
            count -> mostInFlight.accumulateAndGet(count, Math::max));
    private Screens screens;

    @BeforeEach
    void open() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        lock = Database.lock(dataDir);
        backend = Backend.open(dataDir);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            screens = new Screens();
            screens.screen(Section.TODAY);
        });
    }

    @AfterEach
    void close() {
        tasks.close();
        backend.close();
        lock.ifPresent(InstanceLock::close);
    }

    @Test
    void anAgendaReadWithTheOpeningFillsTodayAtOnceAndIsNotReadAgain() {
        TodayAgenda read = new TodayAgenda(LocalDate.of(2026, 11, 24), List.of(), List.of(), 0, List.of(), 0,
                List.of(), 0);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            screens.connect(backend, tasks, new ScriptedDialogs(), Clock.systemDefaultZone(), Optional.of(read));
            screens.refreshAllButToday();
        });

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(screens.todayFilled().get()).isTrue();
        assertThat(mostInFlight).hasValue(0);
    }

    @Test
    void withoutOneTodayWaitsForTheRefreshAndReads() throws TimeoutException {
        Refreshable[] refreshAll = new Refreshable[1];
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> refreshAll[0] = screens.connect(backend, tasks,
                new ScriptedDialogs(), Clock.systemDefaultZone(), Optional.empty()));
        assertThat(screens.todayFilled().get()).isFalse();

        WaitForAsyncUtils.waitForAsyncFx(5000, () -> refreshAll[0].refresh());

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> screens.todayFilled().get());
        assertThat(mostInFlight).hasValue(1);
    }
}
