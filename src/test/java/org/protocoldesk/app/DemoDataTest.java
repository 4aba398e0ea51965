package org.protocoldesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.protocoldesk.app.RunningApp.waitUntil;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protocoldesk.service.DemoDataService;
import org.protocoldesk.store.DataStore;
import org.protocoldesk.store.Database;
import org.testfx.api.FxRobot;

/** The demo data as the window offers it: loaded on a first start unless refused, marked, removable after asking. */
class DemoDataTest extends FxRobot {
    @TempDir
    Path dataDir;

    @Test
    void withNoDemoAFirstStartShowsEmptyLists() throws TimeoutException {
        try (RunningApp app = RunningApp.start(dataDir, "--no-demo")) {
            clickOn("#nav-counterparts");

            waitUntil(() -> lookup("No counterparts yet").tryQuery().isPresent());
            waitUntil(() -> !lookup("#status-demo-badge").query().isVisible());
        }
    }

    @Test
    void removingTheDemoDataAsksFirstThenEmptiesTheScreens() throws TimeoutException {
        try (RunningApp app = RunningApp.start(dataDir)) {
            clickOn("#nav-counterparts");
            waitUntil(() -> !counterparts().getItems().isEmpty());

            clickOn("File").clickOn("Remove demo data…");
            waitUntil(() -> lookup("Remove the demo data?").tryQuery().isPresent());
            clickOn("Remove demo data");

            waitUntil(() -> lookup("No counterparts yet").tryQuery().isPresent());
            waitUntil(() -> !lookup("#status-demo-badge").query().isVisible());
        }
    }

    @Test
    void cancellingTheRemovalKeepsTheDemoData() throws TimeoutException {
        try (RunningApp app = RunningApp.start(dataDir)) {
            clickOn("#nav-counterparts");
            waitUntil(() -> !counterparts().getItems().isEmpty());

            clickOn("File").clickOn("Remove demo data…");
            waitUntil(() -> lookup("Remove the demo data?").tryQuery().isPresent());
            clickOn("Cancel");
        }

        try (Database database = Database.open(dataDir)) {
            assertThat(new DemoDataService(new DataStore(database.configuration())).isLoaded()).isTrue();
        }
    }

    @SuppressWarnings("unchecked")
    private TableView<Object> counterparts() {
        return lookup("#counterparts-table").queryAs(TableView.class);
    }
}
