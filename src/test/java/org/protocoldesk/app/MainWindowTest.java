package org.protocoldesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.protocoldesk.app.RunningApp.waitUntil;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.protocoldesk.model.CounterpartSummary;
import org.protocoldesk.ui.shell.Section;
import org.protocoldesk.ui.shell.Theme;
import org.testfx.api.FxRobot;

/** The main window of the real app on its first start, which loads the demo data: navigation, lists, menus. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MainWindowTest extends FxRobot {
    @TempDir
    static Path dataDir;
    private RunningApp app;
    /** What JavaFX says of the stylesheets while this class runs: a style that cannot be resolved, say. */
    private final Logger styleLog = Logger.getLogger("javafx.css");
    private final List<String> styleWarnings = new CopyOnWriteArrayList<>();
    private final Handler styleWarningRecorder = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                styleWarnings.add(record.getMessage());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeAll
    void startOnAnEmptyFolder() throws TimeoutException {
        styleLog.addHandler(styleWarningRecorder);
        app = RunningApp.start(dataDir);
    }

    @AfterAll
    void stop() throws TimeoutException {
        styleLog.removeHandler(styleWarningRecorder);
        app.close();
    }

    @ParameterizedTest
    @EnumSource(Section.class)
    void eachNavigationEntryShowsItsScreen(Section section) throws TimeoutException {
        clickOn("#nav-" + section.id());

        waitUntil(() -> lookup("#" + section.id() + "-screen").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(lookup("#screens").queryParent().getChildrenUnmodifiable()).hasSize(1);
    }

    @Test
    void everyScreenResolvesEveryStyleItsControlsUse() throws TimeoutException {
        for (Section section : Section.values()) {
            clickOn("#nav-" + section.id());
            String screen = "#" + section.id() + "-screen";
            waitUntil(() -> lookup(screen).tryQuery().map(Node::isVisible).orElse(false));
            // Twice: the first pass gives controls their skins, the second styles what the skins hold.
            interact(() -> lookup(screen).query().applyCss());
            interact(() -> lookup(screen).query().applyCss());
        }

        assertThat(styleWarnings).isEmpty();
    }

    @Test
    void controlAndTheSectionNumberShowTheSection() throws TimeoutException {
        clickOn("#nav-today");

        press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);

        waitUntil(() -> lookup("#organisations-screen").tryQuery().isPresent());
    }

    @Test
    void theCounterpartsScreenListsTheDemoCounterparts() throws TimeoutException {
        clickOn("#nav-counterparts");

        waitUntil(() -> demoCounterpartsListed());
        assertThat(counterparts().getItems()).extracting(CounterpartSummary::fullName)
                .contains("Yusuf Rahmon", "Mohammad Movahedi-Azad");
    }

    @Test
    void theFilterFindsANameWhateverItsAccentsAndCase() throws TimeoutException {
        clickOn("#nav-counterparts");
        waitUntil(() -> demoCounterpartsListed());

        clickOn("#counterparts-filter").write("MOVAHEDI azad");
        try {
            waitUntil(() -> counterparts().getItems().size() == 1);
            assertThat(counterparts().getItems().get(0).fullName()).isEqualTo("Mohammad Movahedi-Azad");
        } finally {
            interact(() -> lookup("#counterparts-filter").queryAs(TextField.class).clear());
        }
    }

    @Test
    void theStatusBarMarksTheDemoData() throws TimeoutException {
        waitUntil(() -> lookup("#status-demo-badge").query().isVisible());
    }

    @Test
    void todayMarksAFollowUpWhoseDueDateHasPassed() throws TimeoutException {
        clickOn("#nav-today");

        waitUntil(() -> lookup("#today-follow-ups .deadline-cell:overdue").tryQuery().isPresent());
    }

    @Test
    void findOpensTheSearchCardWithItsFieldFocusedAndEscapeClosesIt() throws TimeoutException {
        press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);

        waitUntil(() -> lookup("#search-field").queryAs(TextField.class).isFocused());
        push(KeyCode.ESCAPE);
        waitUntil(() -> !lookup("#search-popup").query().isVisible());
    }

    @Test
    void controlFFocusesTheFilterOfTheListShown() throws TimeoutException {
        clickOn("#nav-organisations");

        press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);

        waitUntil(() -> lookup("#organisations-filter").queryAs(TextField.class).isFocused());
    }

    @Test
    void theStatusBarShowsTheDataFolder() {
        assertThat(lookup("#status-data-folder").queryAs(Labeled.class).getText()).isEqualTo(dataDir.toString());
    }

    @Test
    void theDarkThemeReplacesTheLightStylesheet() {
        clickOn("View").clickOn("Dark theme");
        try {
            assertThat(Application.getUserAgentStylesheet()).isEqualTo(Theme.DARK.userAgentStylesheet());
        } finally {
            clickOn("View").clickOn("Light theme");
        }
    }

    @Test
    void aboutTellsTheVersionTheDataFolderAndTheLicence() throws TimeoutException {
        push(KeyCode.F1);
        try {
            waitUntil(() -> lookup("#about-facts").tryQuery().isPresent());
            assertThat(lookup("#about-facts .label").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                    .contains(Version.current(), dataDir.toString(), "Apache License 2.0");
        } finally {
            clickOn("Close");
        }
    }

    /** The screen is built on its first visit: until then there is no table to count the rows of. */
    private boolean demoCounterpartsListed() {
        return lookup("#counterparts-table").tryQuery().isPresent() && counterparts().getItems().size() >= 25;
    }

    @SuppressWarnings("unchecked")
    private TableView<CounterpartSummary> counterparts() {
        return lookup("#counterparts-table").queryAs(TableView.class);
    }
}
