package org.protocoldesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.protocoldesk.ui.counterparts.CounterpartsView;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The layout every list screen shares, shown in a window. */
class ListScreenTest extends FxRobot {
    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void aTableThatGetsAPaneBesideItWhileShownStaysInTheScene() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        CounterpartsView view = new CounterpartsView();
        FxToolkit.setupSceneRoot(() -> view);
        FxToolkit.setupStage(stage -> stage.show());

        // Beside it and looked for in one go on the FX thread, as a screen built on its first visit is connected:
        // no pulse comes in between.
        boolean inScene = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            view.showEditor(new Label("editor"));
            return view.table().getScene() != null && lookup("#counterparts-table").tryQuery().isPresent();
        }));

        assertThat(inScene).isTrue();
    }
}
