package org.protocoldesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A tooltip made on the first hover shows as one made up front would, and follows its text. */
class HoverTooltipTest extends FxRobot {
    private Button first;
    private Button second;

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void aHoveredControlShowsItsTooltipWithTheLatestText() throws TimeoutException {
        HoverTooltip hint = show();
        assertThat(first.getTooltip()).isNull(); // nothing made before the pointer comes

        WaitForAsyncUtils.waitForAsyncFx(5000, () -> hint.setText("Opens the first thing"));
        moveTo(first);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> first.getTooltip() != null
                && first.getTooltip().isShowing());
        assertThat(first.getTooltip().getText()).isEqualTo("Opens the first thing");

        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            hint.setText("Now the second");
            return true;
        }));
        assertThat(first.getTooltip().getText()).isEqualTo("Now the second");
    }

    @Test
    void noTextNoTooltip() throws TimeoutException {
        HoverTooltip hint = show();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> hint.setText(null));
        moveTo(first);
        moveTo(second);
        moveTo(first);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(first.getTooltip()).isNull();
        assertThat(listWindows()).noneMatch(window -> window instanceof Tooltip);
    }

    private HoverTooltip show() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            first = new Button("First");
            second = new Button("Second");
        });
        FxToolkit.setupSceneRoot(() -> new VBox(40, first, second));
        FxToolkit.setupStage(stage -> stage.show());
        HoverTooltip[] made = new HoverTooltip[1];
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> made[0] = HoverTooltip.on(first, "Opens"));
        return made[0];
    }
}
