package org.protocoldesk.ui.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Forms stacked in one window, as the Log meeting window's sections are, line their fields up. */
class FormAlignmentTest extends FxRobot {
    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void aSectionWhoseFieldsWantMoreRoomThanThereIsStartsThemWhereTheOthersDo() throws TimeoutException {
        Fields fields = new Fields();
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupSceneRoot(() -> {
            FormBuilder crowded = new FormBuilder("crowded");
            crowded.text(fields.text("wide", "Wide")).setPrefColumnCount(200);
            FormBuilder roomy = new FormBuilder("roomy");
            roomy.text(fields.text("narrow", "Narrow"));
            VBox sections = new VBox(crowded.build(), roomy.build());
            sections.setPrefWidth(500);
            return sections;
        });
        FxToolkit.setupStage(stage -> stage.show());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(left("#crowded-wide")).isEqualTo(left("#roomy-narrow"));
    }

    private double left(String query) {
        Node field = lookup(query).queryAs(TextField.class);
        return field.localToScene(field.getLayoutBounds()).getMinX(); // not its focus ring
    }
}
