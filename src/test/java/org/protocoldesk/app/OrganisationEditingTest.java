package org.protocoldesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.protocoldesk.app.RunningApp.waitUntil;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.protocoldesk.model.Country;
import org.protocoldesk.model.OrganisationSummary;
import org.testfx.api.FxRobot;

/** Organisations kept in the real app on an empty database: every ISO country offered, created, refused, edited. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganisationEditingTest extends FxRobot {
    @TempDir
    static Path dataDir;
    private RunningApp app;

    @BeforeAll
    void startOnAnEmptyDatabase() throws TimeoutException {
        app = RunningApp.start(dataDir, "--no-demo");
        press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        waitUntil(() -> lookup("#organisation-pane").tryQuery().isPresent());
    }

    @AfterAll
    void stop() throws TimeoutException {
        app.close();
    }

    @Test
    void everyCountryIsOfferedOnADatabaseStartedWithoutTheDemoData() throws TimeoutException {
        waitUntil(() -> countries().getItems().size() >= 249);
        assertThat(countries().getItems()).extracting(Country::code).contains("AZ", "TJ", "TR", "UZ", "KG");
    }

    @Test
    void anOrganisationIsCreatedRefusedWhileIncompleteThenSaved() throws TimeoutException {
        press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> field("#organisation-name").isFocused());
        write("Prosecutor General's Office of Türkiye");
        press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

        waitUntil(() -> "Choose one.".equals(lookup("#organisation-kind-error").queryAs(Label.class).getText()));
        assertThat(rows().getItems()).isEmpty();

        clickOn("#organisation-kind");
        clickOn(lookup(".combo-box-popup .list-cell").nth(0).queryAs(Node.class));
        waitUntil(() -> lookup("#organisation-kind-error").queryAs(Label.class).getText().isEmpty());
        press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

        waitUntil(() -> rows().getItems().size() == 1);
        assertThat(rows().getItems().get(0).organisation().name()).isEqualTo("Prosecutor General's Office of Türkiye");
        assertThat(rows().getItems().get(0).organisation().kind())
                .isEqualTo(lookup("#organisation-kind").queryAs(ComboBox.class).getItems().get(0));

        clickOn("#organisation-short-name").write("PGO");
        press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> "PGO".equals(rows().getItems().get(0).organisation().shortName()));
        assertThat(lookup("#organisation-pane .record-title").queryAs(Label.class).getText())
                .isEqualTo("Prosecutor General's Office of Türkiye");
    }

    private TextInputControl field(String id) {
        return lookup(id).queryAs(TextInputControl.class);
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Country> countries() {
        return lookup("#organisation-country").queryAs(ComboBox.class);
    }

    @SuppressWarnings("unchecked")
    private TableView<OrganisationSummary> rows() {
        return lookup("#organisations-table").queryAs(TableView.class);
    }
}
