package org.protocoldesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.protocoldesk.app.RunningApp.waitUntil;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.protocoldesk.model.CounterpartSummary;
import org.protocoldesk.model.Organisation;
import org.protocoldesk.model.OrganisationKind;
import org.protocoldesk.model.Person;
import org.protocoldesk.model.Side;
import org.protocoldesk.service.CounterpartService;
import org.protocoldesk.service.OrganisationService;
import org.protocoldesk.store.DataStore;
import org.protocoldesk.store.Database;
import org.testfx.api.FxRobot;

/**
 * The global search in the real window: Ctrl+K, typing, the hits grouped by kind, the keyboard to choose one and
 * open it. Names are typed without their accents, letters Unicode does not decompose, or in another case.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GlobalSearchTest extends FxRobot {
    @TempDir
    static Path dataDir;
    private RunningApp app;

    @BeforeAll
    void startWithAFewRecords() throws TimeoutException {
        try (Database database = Database.open(dataDir)) {
            DataStore data = new DataStore(database.configuration());
            CounterpartService counterparts = new CounterpartService(data);
            counterparts.add(Person.builder(Side.THEIRS, "Kamran Əliyev").build());
            counterparts.add(Person.builder(Side.THEIRS, "Асад Хан").build());
            counterparts.add(Person.builder(Side.THEIRS, "Ayşe Öztürk").build());
            new OrganisationService(data).add(new Organisation(null, "Ministry of Justice of Türkiye", null,
                    OrganisationKind.MINISTRY, null, null));
        }
        app = RunningApp.start(dataDir, "--no-demo");
        press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        waitUntil(() -> lookup("#counterpart-pane").tryQuery().isPresent());
    }

    @AfterEach
    void closeTheSearch() throws TimeoutException {
        if (lookup("#search-popup").query().isVisible()) {
            push(KeyCode.ESCAPE);
        }
        waitUntil(() -> !lookup("#search-popup").query().isVisible());
    }

    @AfterAll
    void stop() throws TimeoutException {
        app.close();
    }

    @Test
    void aliyevFindsTheNameWrittenWithASchwaUnderTheCounterpartsHeading() throws TimeoutException {
        find("aliyev");

        waitUntil(() -> shown().equals(List.of("Counterparts", "Kamran Əliyev")));
    }

    @Test
    void turkiyeFindsTheOrganisationUnderItsHeading() throws TimeoutException {
        find("turkiye");

        waitUntil(() -> shown().equals(List.of("Organisations", "Ministry of Justice of Türkiye")));
    }

    @Test
    void aCyrillicNameIsFoundTypedInAnotherCase() throws TimeoutException {
        find("АСАД");

        waitUntil(() -> shown().equals(List.of("Counterparts", "Асад Хан")));
    }

    @Test
    void aTextThatFindsNothingSaysSo() throws TimeoutException {
        find("zzyzx");

        waitUntil(() -> lookup("#search-state").queryAs(Label.class).getText().contains("Nothing found"));
    }

    @Test
    void enterOpensTheChosenCounterpartInItsScreenWithItSelected() throws TimeoutException {
        press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        waitUntil(() -> lookup("#counterparts-table").tryQuery().isEmpty());
        find("ozturk");
        waitUntil(() -> shown().contains("Ayşe Öztürk"));

        push(KeyCode.DOWN).push(KeyCode.ENTER); // Down stays on the only hit

        waitUntil(() -> !lookup("#search-popup").query().isVisible());
        waitUntil(() -> lookup("#counterparts-table").tryQuery().isPresent()
                && "Ayşe Öztürk".equals(lookup("#counterpart-pane .record-title").queryAs(Label.class).getText()));
        CounterpartSummary selected = counterparts().getSelectionModel().getSelectedItem();
        assertThat(selected).isNotNull();
        assertThat(selected.fullName()).isEqualTo("Ayşe Öztürk");
    }

    private void find(String text) throws TimeoutException {
        press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        waitUntil(() -> lookup("#search-field").queryAs(TextField.class).isFocused());
        write(text);
        waitUntil(() -> text.equals(lookup("#search-field").queryAs(TextField.class).getText()));
    }

    /** The lines of the results as the cells show them: headings and hits' titles, top to bottom. */
    private List<String> shown() {
        return lookup("#search-results .list-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> !cell.isEmpty() && cell.isVisible())
                .sorted(Comparator.comparingInt(ListCell::getIndex))
                .map(ListCell::getText).toList();
    }

    @SuppressWarnings("unchecked")
    private TableView<CounterpartSummary> counterparts() {
        return lookup("#counterparts-table").queryAs(TableView.class);
    }
}
