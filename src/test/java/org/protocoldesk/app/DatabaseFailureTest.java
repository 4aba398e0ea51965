package org.protocoldesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.protocoldesk.app.RunningApp.waitUntil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protocoldesk.app.cli.ExitCode;
import org.testfx.api.FxRobot;

class DatabaseFailureTest extends FxRobot {
    @TempDir
    Path tempDir;

    @Test
    void aDatabaseThatCannotBeOpenedIsExplainedInADialogNamingTheFolder() throws IOException, TimeoutException {
        Path notAFolder = Files.writeString(tempDir.resolve("not-a-folder"), "a file where the data folder should be");

        try (RunningApp app = RunningApp.start(notAFolder, "--no-demo")) {
            waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
            DialogPane dialog = lookup(".dialog-pane").queryAs(DialogPane.class);

            assertThat(dialog.getHeaderText()).isEqualTo("The database cannot be opened");
            assertThat(dialog.getContentText()).contains(notAFolder.toString()).doesNotContain("Exception");
        }
    }

    @Test
    void closingTheDialogClosesTheWindow() throws IOException, TimeoutException {
        Path notAFolder = Files.writeString(tempDir.resolve("not-a-folder"), "a file where the data folder should be");

        try (RunningApp app = RunningApp.start(notAFolder, "--no-demo")) {
            waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
            clickOn("OK");

            waitUntil(() -> !app.stage().isShowing());
        }
    }

    @Test
    void aDatabaseFailureEndsTheProcessWithAFailureStatus() throws IOException, TimeoutException {
        Path notAFolder = Files.writeString(tempDir.resolve("not-a-folder"), "a file where the data folder should be");
        RunningApp app = RunningApp.start(notAFolder, "--no-demo");
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        clickOn("OK");
        waitUntil(() -> !app.stage().isShowing());

        app.close();

        assertThat(app.exitStatus()).isEqualTo(ExitCode.FAILED);
    }
}
