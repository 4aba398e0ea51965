package org.protocoldesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.protocoldesk.app.RunningApp.waitUntil;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

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
    @CsvSource({"counterparts, New (Ctrl+N)", "organisations, New (Ctrl+N)", "trips, New (Ctrl+N)",
            "meetings, Log meeting (Ctrl+L)", "invitations, New (Ctrl+N)", "follow-ups, log a meeting (Ctrl+L)",
            "events, New (Ctrl+N)", "documents, New (Ctrl+N)"})
    void everyListSaysWhatWillAppearAndHowTheFirstRecordIsAdded(String screen, String how) throws TimeoutException {
        try (RunningApp app = RunningApp.start(dataDir, "--no-demo")) {
            clickOn("#nav-" + screen);

            waitUntil(() -> lookup("#" + screen + "-table .state-empty").tryQuery().isPresent());
            assertThat(texts("#" + screen + "-table .state-empty .label"))
                    .anySatisfy(text -> assertThat(text).startsWith("No " + screen + " yet"))
                    .anySatisfy(text -> assertThat(text).contains("listed here").contains(how)
                            .doesNotContainIgnoringCase("later version"));
        }
    }

    @Test
    void theTodayCardsSayWhatWillAppearThereAndHowItIsAdded() throws TimeoutException {
        try (RunningApp app = RunningApp.start(dataDir, "--no-demo")) {
            waitUntil(() -> lookup("#today-screen .state-empty").queryAll().size() == 4);

            assertThat(texts("#today-screen .state-empty .state-detail"))
                    .hasSize(4).allSatisfy(text -> assertThat(text).contains("appear here")
                            .containsPattern("Ctrl\\+[NL]"));
        }
    }

    @Test
    void theWelcomeOnAShortWindowLeavesTheTopBarInView() throws TimeoutException {
        try (RunningApp app = RunningApp.start(dataDir, "--no-demo")) {
            waitUntil(() -> lookup("#welcome").tryQuery().map(Node::isVisible).orElse(false));
            Node welcome = lookup("#welcome").query();

            interact(() -> welcome.getScene().getWindow().setHeight(560));
            WaitForAsyncUtils.waitForFxEvents();

            Node search = lookup("#global-search").query();
            double searchBottom = search.localToScene(search.getBoundsInLocal()).getMaxY();
            assertThat(welcome.localToScene(welcome.getBoundsInLocal()).getMinY()).isGreaterThan(searchBottom);
        }
    }

    @Test
    void belowTheWelcomeTodayIsWholeAndScrollsIntoView() throws TimeoutException {
        try (RunningApp app = RunningApp.start(dataDir, "--no-demo")) {
            waitUntil(() -> lookup("#today-screen .state-empty").queryAll().size() == 4);
            Node welcome = lookup("#welcome").query();
            interact(() -> {
                welcome.getScene().getWindow().setWidth(1280);
                welcome.getScene().getWindow().setHeight(760);
            });
            WaitForAsyncUtils.waitForFxEvents();

            // What a wrapped label draws: its text, or as much as fits and an ellipsis.
            List<String> drawn = lookup("#today-screen .state-detail .text").queryAllAs(Text.class).stream()
                    .map(Text::getText).toList();
            assertThat(drawn).hasSize(4).allSatisfy(text -> assertThat(text).endsWith(".").doesNotContain("…", "..."));
            assertThat(height("#today-coming-up")).isEqualTo(height("#today-invitations"));

            Node lastCard = lookup("#today-recent-meetings").query();
            double windowBottom = welcome.getScene().getHeight();
            assertThat(bottom(lastCard)).isGreaterThan(windowBottom);
            ScrollPane page = lookup(".welcome-scroll").queryAs(ScrollPane.class);
            assertThat(lookup(".welcome-scroll > .scroll-bar:vertical").query().isVisible()).isTrue();
            // Monocle's robot turns a wheel notch into one pixel, so the pane is scrolled to its end as the bar would.
            interact(() -> page.setVvalue(page.getVmax()));
            assertThat(bottom(lastCard)).isLessThan(windowBottom);
        }
    }

    @Test
    void startingEmptyPutsTheWelcomeAway() throws TimeoutException {
        try (RunningApp app = RunningApp.start(dataDir, "--no-demo")) {
            waitUntilLaidOut("#welcome-start-empty");

            clickOn("#welcome-start-empty");

            waitUntil(() -> !lookup("#welcome").query().isVisible());
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(lookup(".welcome-scroll").tryQuery()).isEmpty();
            Node lastCard = lookup("#today-recent-meetings").query();
            assertThat(bottom(lastCard)).isLessThan(lastCard.getScene().getHeight());
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

    private double height(String query) {
        return lookup(query).query().getBoundsInParent().getHeight();
    }

    private static double bottom(Node node) {
        return node.localToScene(node.getBoundsInLocal()).getMaxY();
    }

    private List<String> texts(String query) {
        return lookup(query).queryAllAs(Labeled.class).stream().map(Labeled::getText).toList();
    }

    /**
     * The welcome shows before its first layout, and the window may still be taking its size: a button is clickable
     * once TestFX sees it visible (shown, with its parents, inside the scene's bounds).
     */
    private void waitUntilLaidOut(String id) throws TimeoutException {
        waitUntil(() -> lookup("#welcome").query().isVisible()
                && lookup(id).match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
    }
}
