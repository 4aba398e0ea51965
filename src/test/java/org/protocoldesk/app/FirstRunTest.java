package org.protocoldesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.protocoldesk.app.RunningApp.waitUntil;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;

/** A first start on an empty database: the welcome, the empty state of every screen, and the two ways to go on. */
class FirstRunTest extends FxRobot {
    @TempDir
    Path dataDir;

    @Test
    void theWelcomeSaysWhatTheAppIsForWhereTheDataLivesAndHowItIsBackedUp() throws TimeoutException {
        try (RunningApp app = RunningApp.start(dataDir, "--no-demo")) {
            waitUntil(() -> lookup("#welcome").tryQuery().map(Node::isVisible).orElse(false));

            assertThat(texts("#welcome .label")).anySatisfy(text -> assertThat(text).contains("foreign visits"))
                    .anySatisfy(text -> assertThat(text).contains(dataDir.toString()))
                    .anySatisfy(text -> assertThat(text).contains("backup"));
            assertThat(lookup("#welcome-load-demo").queryButton().isDisabled()).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"counterparts", "organisations", "trips", "meetings", "invitations"})
    void everyListSaysWhatWillAppearAndHowTheFirstRecordComes(String screen) throws TimeoutException {
        try (RunningApp app = RunningApp.start(dataDir, "--no-demo")) {
            clickOn("#nav-" + screen);

            waitUntil(() -> lookup("#" + screen + "-table .state-empty").tryQuery().isPresent());
            assertThat(texts("#" + screen + "-table .state-empty .label"))
                    .anySatisfy(text -> assertThat(text).startsWith("No " + screen + " yet"))
                    .anySatisfy(text -> assertThat(text).contains("listed here").contains("Adding " + screen));
        }
    }

    @Test
    void theTodayCardsSayWhatWillAppearThere() throws TimeoutException {
        try (RunningApp app = RunningApp.start(dataDir, "--no-demo")) {
            waitUntil(() -> lookup("#today-screen .state-empty").queryAll().size() == 4);

            assertThat(texts("#today-screen .state-empty .state-detail"))
                    .hasSize(4).allSatisfy(text -> assertThat(text).contains("appear here"));
        }
    }

    @Test
    void startingEmptyPutsTheWelcomeAway() throws TimeoutException {
        try (RunningApp app = RunningApp.start(dataDir, "--no-demo")) {
            waitUntilLaidOut("#welcome-start-empty");

            clickOn("#welcome-start-empty");

            waitUntil(() -> !lookup("#welcome").query().isVisible());
        }
    }

    @Test
    void loadingTheDemoDataFromTheWelcomeFillsTheScreens() throws TimeoutException {
        try (RunningApp app = RunningApp.start(dataDir, "--no-demo")) {
            waitUntilLaidOut("#welcome-load-demo");

            clickOn("#welcome-load-demo");

            waitUntil(() -> !lookup("#welcome").query().isVisible());
            waitUntil(() -> lookup("#status-demo-badge").query().isVisible());
            clickOn("#nav-counterparts");
            waitUntil(() -> !lookup("#counterparts-table").queryAs(TableView.class).getItems().isEmpty());
        }
    }

    @Test
    void aDatabaseWithRecordsShowsNoWelcome() throws TimeoutException {
        try (RunningApp app = RunningApp.start(dataDir)) {
            waitUntil(() -> lookup("#status-demo-badge").query().isVisible());

            assertThat(lookup("#welcome").query().isVisible()).isFalse();
        }
    }

    private List<String> texts(String query) {
        return lookup(query).queryAllAs(Labeled.class).stream().map(Labeled::getText).toList();
    }

    /** The welcome shows before its first layout: a button has no place in the window to click until then. */
    private void waitUntilLaidOut(String id) throws TimeoutException {
        waitUntil(() -> {
            Node node = lookup(id).query();
            return lookup("#welcome").query().isVisible() && node.localToScene(node.getBoundsInLocal()).getWidth() > 0
                    && node.getScene().getWindow().isShowing();
        });
    }
}
