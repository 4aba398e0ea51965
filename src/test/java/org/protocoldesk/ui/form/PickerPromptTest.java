package org.protocoldesk.ui.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeoutException;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.ListCell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A form's picker, shown in a window, says what an empty choice means. */
class PickerPromptTest extends FxRobot {
    private static final String PROMPT = "None: an international body";

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void aPickerEmptiedAfterAChoiceShowsItsPromptAgain() throws TimeoutException {
        ObservableList<String> countries = FXCollections.observableArrayList("Azerbaijan", "Tajikistan");
        FormField<String> country = new Fields().choice("country", "Country");
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupSceneRoot(() -> {
            FormBuilder form = new FormBuilder("test");
            form.picker(country, countries, name -> name).setPromptText(PROMPT);
            return form.build();
        });
        FxToolkit.setupStage(stage -> stage.show());

        WaitForAsyncUtils.asyncFx(() -> country.valueProperty().set("Azerbaijan"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownText()).isEqualTo("Azerbaijan");

        WaitForAsyncUtils.asyncFx(() -> country.valueProperty().set(null));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownText()).isEqualTo(PROMPT);
    }

    private String shownText() {
        return lookup("#test-country .list-cell").<ListCell<?>>queryAll().stream()
                .filter(cell -> cell.isVisible() && cell.getScene() != null)
                .map(ListCell::getText).filter(text -> text != null && !text.isEmpty()).findFirst().orElse("");
    }
}
