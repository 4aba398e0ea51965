package org.protocoldesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.protocoldesk.app.RunningApp.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protocoldesk.model.ReportFormat;
import org.protocoldesk.model.TripSummary;
import org.testfx.api.FxRobot;

/** The trip's pane lists what was exported of the trip, and checks the file on disk against the archive. */
class TripExportsTest extends FxRobot {
    @TempDir
    Path dataDir;
    @TempDir
    Path out;

    @Test
    void anExportOfTheTripIsListedOnItsPaneAndCheckSaysWhenTheFileWasChanged() throws Exception {
        try (RunningApp app = RunningApp.start(dataDir)) {
            clickOn("#nav-trips");
            waitUntil(() -> !trips().getItems().isEmpty());
            interact(() -> trips().getSelectionModel().select(trips().getItems().stream()
                    .filter(t -> t.title().startsWith("London")).findFirst().orElseThrow()));
            waitUntil(() -> exportsSay("Nothing exported from this trip yet."));

            clickOn("#trips-report");
            waitUntil(() -> lookup("#report-target").tryQuery().isPresent());
            Path file = out.resolve("london.md");
            interact(() -> {
                lookup("#report-target").queryAs(TextInputControl.class).setText(file.toString());
                lookup("#report-format").queryAs(ChoiceBox.class).setValue(ReportFormat.MARKDOWN);
            });
            clickOn("#report-export");
            waitUntil(() -> lookup("#report-status").queryAs(Label.class).getText().startsWith("Written"));

            waitUntil(() -> exportsSay("Trip report v1 · Markdown") && exportsSay("london.md · SHA-256 "));
            check();
            waitUntil(() -> result().getText().startsWith("Unchanged"));

            Files.writeString(file, "\nAdded after the export.", StandardOpenOption.APPEND);
            check();
            waitUntil(() -> result().getText().startsWith("Changed"));

            Files.delete(file);
            check();
            waitUntil(() -> result().getText().startsWith("Missing"));
            assertThat(lookup("#trip-export-list .button").queryAllAs(Button.class)).extracting(Button::getText)
                    .containsExactly("Open", "Check");
        }
    }

    private void check() {
        interact(() -> {
            result().setText("");
            this.<Button>control("-check").fire();
        });
    }

    private Label result() {
        return (Label) control("-result");
    }

    /** The control of the (single) export listed whose id ends with {@code suffix}. */
    private <T extends Node> T control(String suffix) {
        @SuppressWarnings("unchecked")
        Optional<T> found = lookup(node -> node.getId() != null && node.getId().startsWith("trip-export-")
                && node.getId().endsWith(suffix)).tryQuery();
        return found.orElseThrow();
    }

    private boolean exportsSay(String text) {
        return lookup("#trip-export-list .label").queryAllAs(Label.class).stream()
                .anyMatch(label -> label.getText() != null && label.getText().contains(text));
    }

    @SuppressWarnings("unchecked")
    private TableView<TripSummary> trips() {
        return lookup("#trips-table").queryAs(TableView.class);
    }
}
