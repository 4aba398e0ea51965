package org.protocoldesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protocoldesk.ui.shell.Theme;
import org.testfx.api.FxRobot;

class WindowMemoryTest extends FxRobot {
    @TempDir
    Path dataDir;

    @Test
    void theWindowReopensWhereItClosedAndInItsTheme() throws TimeoutException {
        try (RunningApp first = RunningApp.start(dataDir, "--no-demo")) {
            Stage stage = first.stage();
            interact(() -> {
                stage.setX(60);
                stage.setY(40);
                stage.setWidth(1010);
                stage.setHeight(690);
            });
            clickOn("View").clickOn("Dark theme");
        }

        try (RunningApp second = RunningApp.start(dataDir, "--no-demo")) {
            Stage stage = second.stage();
            assertThat(new double[] {stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()})
                    .containsExactly(60, 40, 1010, 690);
            assertThat(Application.getUserAgentStylesheet()).isEqualTo(Theme.DARK.userAgentStylesheet());
        }
    }
}
