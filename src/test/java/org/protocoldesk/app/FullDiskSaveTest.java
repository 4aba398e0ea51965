package org.protocoldesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.protocoldesk.app.RunningApp.waitUntil;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protocoldesk.model.CounterpartSummary;
import org.protocoldesk.store.Database;
import org.protocoldesk.store.Modes;
import org.protocoldesk.store.SmallDisk;
import org.testfx.api.FxRobot;

/** A full disk on a form's save: told in plain words, nothing stored, everything typed still in the form. */
class FullDiskSaveTest extends FxRobot {
    @TempDir
    Path dir;

    @Test
    void aSaveOnAFullDiskIsRefusedInWordsAndKeepsWhatWasTypedUntilThereIsRoomAgain() throws Exception {
        assumeThat(Modes.runningAsRoot()).as("mounting a small tmpfs needs root").isTrue();
        try (SmallDisk disk = SmallDisk.mount(dir.resolve("small-disk"), "8m")) {
            Path dataDir = disk.root().resolve("data");
            try (Database database = Database.open(dataDir)) {
                database.backUp("manual"); // so that the start has no backup of its own to take
            }
            try (RunningApp app = RunningApp.start(dataDir, "--no-demo")) {
                press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
                waitUntil(() -> lookup("#counterpart-pane").tryQuery().isPresent());
                press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
                waitUntil(() -> field("#counterpart-full-name").isFocused());
                write("Kamran Əliyev");
                // Longer than what the write-ahead log already holds room for, so the save must grow a file.
                String biography = "Prosecutor General of Azerbaijan since 2020. ".repeat(400);
                interact(() -> field("#counterpart-biography").setText(biography));
                disk.fill();

                press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

                waitUntil(() -> !problem().isEmpty());
                assertThat(problem()).startsWith("Not saved: The disk is full").doesNotContain("SQL", "insert");
                assertThat(field("#counterpart-full-name").getText()).isEqualTo("Kamran Əliyev");
                assertThat(field("#counterpart-biography").getText()).isEqualTo(biography);
                assertThat(rows().getItems()).isEmpty();

                disk.free();
                press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

                waitUntil(() -> rows().getItems().size() == 1);
                assertThat(rows().getItems().get(0).fullName()).isEqualTo("Kamran Əliyev");
            }
        }
    }

    private String problem() {
        return lookup("#counterpart-problem").queryAs(Label.class).getText();
    }

    private TextInputControl field(String id) {
        return lookup(id).queryAs(TextInputControl.class);
    }

    @SuppressWarnings("unchecked")
    private TableView<CounterpartSummary> rows() {
        return lookup("#counterparts-table").queryAs(TableView.class);
    }
}
