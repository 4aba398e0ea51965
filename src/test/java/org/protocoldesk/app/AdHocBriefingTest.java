package org.protocoldesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.protocoldesk.app.RunningApp.waitUntil;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protocoldesk.model.CounterpartSummary;
import org.protocoldesk.model.Country;
import org.protocoldesk.ui.shell.Stylesheet;
import org.testfx.api.FxRobot;

/** File → Ad hoc briefing… (Ctrl+Shift+B): a country, dates and counterparts picked by keyboard, then the preview. */
class AdHocBriefingTest extends FxRobot {
    @TempDir
    Path dataDir;

    @Test
    void anAdHocBriefingIsAskedForByKeyboardAndWrongFieldsSaySoBesideThem() throws Exception {
        try (RunningApp app = RunningApp.start(dataDir)) {
            clickOn("#nav-trips");
            waitUntil(() -> !lookup("#trips-table").queryTableView().getItems().isEmpty()); // the demo data is in
            press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.B).release(KeyCode.B, KeyCode.SHIFT, KeyCode.CONTROL);
            waitUntil(() -> lookup("#adhoc-prepare").tryQuery().isPresent());
            assertThat(lookup("#adhoc-prepare").query().getScene().getStylesheets()).contains(Stylesheet.url());

            interact(() -> field("#adhoc-from").setText("12 May 2025"));
            interact(() -> field("#adhoc-to").setText("10 May 2025"));
            clickOn("#adhoc-prepare");
            assertThat(error("#adhoc-country-error")).isEqualTo("Choose one.");
            assertThat(error("#adhoc-to-error")).startsWith("Ends before it starts");
            assertThat(error("#adhoc-counterparts-error")).isEqualTo("Choose at least one.");
            assertThat(lookup("#report-preview").tryQuery()).isEmpty();

            interact(() -> field("#adhoc-to").setText("14 May 2025"));
            interact(() -> country().setValue(country().getItems().stream()
                    .filter(c -> c.code().equals("IR")).findFirst().orElseThrow()));
            focus("#adhoc-counterparts-input").write("Movahedi").push(KeyCode.ENTER);
            assertThat(field("#adhoc-counterparts-input").getText()).isEmpty();
            push(KeyCode.ENTER);

            waitUntil(() -> previewShows("Visit to Iran"));
            assertThat(previewShows("Mohammad Movahedi-Azad")).isTrue();
            assertThat(previewShows("12–14 May 2025")).isTrue();
            assertThat(lookup("#report-preview").query().getScene().getStylesheets()).contains(Stylesheet.url());
        }
    }

    @Test
    void briefingFromACounterpartsPaneStartsWithThemAndTheirCountryChosen() throws Exception {
        try (RunningApp app = RunningApp.start(dataDir)) {
            clickOn("#nav-counterparts");
            waitUntil(() -> counterparts().getItems().stream().anyMatch(this::isMovahedi));
            interact(() -> counterparts().getSelectionModel().select(counterparts().getItems().stream()
                    .filter(this::isMovahedi).findFirst().orElseThrow()));
            waitUntil(() -> !lookup("#counterpart-briefing").queryButton().isDisabled());
            clickOn("#counterpart-briefing");
            waitUntil(() -> lookup("#adhoc-prepare").tryQuery().isPresent());

            assertThat(country().getValue()).extracting(Country::code).isEqualTo("IR");
            assertThat(lookup("#adhoc-counterparts-row .tag-chip").queryAllAs(Button.class))
                    .extracting(Button::getText).containsExactly("Mohammad Movahedi-Azad");
            interact(() -> field("#adhoc-from").setText("12 May 2025"));
            interact(() -> field("#adhoc-to").setText("14 May 2025"));
            clickOn("#adhoc-prepare");

            waitUntil(() -> previewShows("Visit to Iran"));
            assertThat(previewShows("Mohammad Movahedi-Azad")).isTrue();
        }
    }

    private boolean isMovahedi(CounterpartSummary row) {
        return row.fullName().equals("Mohammad Movahedi-Azad");
    }

    @SuppressWarnings("unchecked")
    private TableView<CounterpartSummary> counterparts() {
        return lookup("#counterparts-table").queryAs(TableView.class);
    }

    private boolean previewShows(String text) {
        return lookup("#report-preview .label").queryAllAs(Label.class).stream()
                .anyMatch(label -> label.getText().contains(text));
    }

    private String error(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Country> country() {
        return lookup("#adhoc-country").queryAs(ComboBox.class);
    }

    private TextInputControl field(String id) {
        return lookup(id).queryAs(TextInputControl.class);
    }

    private FxRobot focus(String id) {
        Node node = lookup(id).query();
        interact(node::requestFocus);
        return this;
    }
}
