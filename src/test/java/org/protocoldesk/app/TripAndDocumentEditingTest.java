package org.protocoldesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.protocoldesk.app.RunningApp.waitUntil;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.protocoldesk.model.Place;
import org.protocoldesk.model.DocumentSummary;
import org.protocoldesk.model.TripSummary;

/**
 * Trips and documents kept in the real app on the demo data, with the keyboard: a trip with its delegation in order
 * and an event, reordered, refused when its dates are wrong, deleted; a document with its parties, refused when a
 * party is empty or it ends before it starts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TripAndDocumentEditingTest extends EditingRobot {
    private static final String TITLE = "Tashkent: working visit";
    @TempDir
    static Path dataDir;
    private RunningApp app;

    @BeforeAll
    void startOnTheDemoData() throws TimeoutException {
        app = RunningApp.start(dataDir);
        press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        waitUntil(() -> lookup("#trip-pane").tryQuery().isPresent());
        waitUntil(() -> trips().getItems().size() == 3); // the demo data is loaded on the first start
    }

    @AfterAll
    void stop() throws TimeoutException {
        app.close();
    }

    @Test
    @Order(1)
    void aTripIsCreatedWithItsDelegationInOrderAndAnEventThenReordered() throws TimeoutException {
        shortcut(KeyCode.N);
        waitUntil(() -> field("#trip-title").isFocused());
        write(TITLE);
        focus("#trip-start").write("Sep 2025");
        choose("#trip-member", "Kamran Aliyev");
        focus("#trip-member-role").write("Head of delegation");
        focus("#trip-add-member").push(KeyCode.SPACE);
        choose("#trip-member", "Isfandiyar Hajiyev");
        focus("#trip-add-member").push(KeyCode.SPACE);
        choose("#trip-event", "6th Meeting");
        focus("#trip-add-event").push(KeyCode.SPACE);
        focus("#trip-destination-city").write("Tashkent");
        focus("#trip-add-destination").push(KeyCode.SPACE);

        shortcut(KeyCode.S);

        waitUntil(() -> trips().getItems().size() == 4);
        TripSummary saved = trip(TITLE);
        assertThat(saved.headOfDelegation()).isEqualTo("Kamran Aliyev");
        assertThat(saved.destinations()).containsExactly(new Place("Tashkent", null));
        waitUntil(() -> programme().stream().anyMatch(line -> line.contains("6th Meeting of the Attorneys")));

        interact(() -> list("#trip-delegation").getSelectionModel().select(1));
        focus("#trip-delegation .list-view");
        press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        shortcut(KeyCode.S);

        waitUntil(() -> "Isfandiyar Hajiyev".equals(trip(TITLE).headOfDelegation()));
    }

    @Test
    @Order(2)
    void aTripThatEndsBeforeItStartsOrHasNoTitleIsToldNextToEachFieldAndNotSaved() throws TimeoutException {
        focus("#trip-title");
        field("#trip-title").selectAll();
        push(KeyCode.BACK_SPACE);
        focus("#trip-end").write("Aug 2025");

        shortcut(KeyCode.S);

        waitUntil(() -> !error("#trip-end-error").isEmpty());
        assertThat(error("#trip-title-error")).isEqualTo("Required.");
        assertThat(error("#trip-end-error")).startsWith("Ends before it starts");
        assertThat(trips().getItems()).extracting(TripSummary::title).contains(TITLE).hasSize(4);
        push(KeyCode.ESCAPE);
        waitUntil(() -> TITLE.equals(field("#trip-title").getText()));
    }

    @Test
    @Order(3)
    void aDeletedTripLeavesTheList() throws TimeoutException {
        shortcut(KeyCode.DELETE);
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        push(KeyCode.ENTER);
        waitUntil(() -> trips().getItems().size() == 3);
        waitUntil(() -> !lookup("#trip-pane .undo-bar").query().isVisible()); // the grace time is over
        waitUntil(() -> !lookup("#status-busy").query().isVisible() && trips().getItems().size() == 3);
        assertThat(trips().getItems()).extracting(TripSummary::title).doesNotContain(TITLE);
    }

    @Test
    @Order(4)
    void aDocumentIsSavedWithItsPartiesOnceAnEmptyPartyAndAnEndBeforeTheStartAreCorrected()
            throws TimeoutException {
        press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        waitUntil(() -> lookup("#document-pane").tryQuery().isPresent() && documents().getItems().size() == 6);
        shortcut(KeyCode.N);
        waitUntil(() -> field("#document-title").isFocused());
        write("Memorandum on judicial training");
        choose("#document-kind", "Memorandum");
        choose("#document-status", "Signed");
        focus("#document-add-party").push(KeyCode.SPACE);
        waitUntil(() -> !error("#document-party-name-error").isEmpty());
        assertThat(error("#document-party-name-error")).isEqualTo("A party needs an organisation, a country or a name.");
        assertThat(list("#document-parties").getItems()).isEmpty();

        choose("#document-party-country", "Tajikistan");
        focus("#document-add-party").push(KeyCode.SPACE);
        focus("#document-party-name").write("ECO Secretariat");
        focus("#document-add-party").push(KeyCode.SPACE);
        focus("#document-valid-from").write("1 Jun 2024");
        focus("#document-valid-until").write("1 Jan 2024");
        shortcut(KeyCode.S);

        waitUntil(() -> !error("#document-valid-until-error").isEmpty());
        assertThat(error("#document-valid-until-error")).startsWith("Ends before it starts");
        assertThat(documents().getItems()).hasSize(6);

        field("#document-valid-until").selectAll();
        focus("#document-valid-until").write("31 Dec 2026");
        shortcut(KeyCode.S);

        waitUntil(() -> documents().getItems().size() == 7);
        assertThat(documents().getItems()).extracting(DocumentSummary::title).contains("Memorandum on judicial training");
        waitUntil(() -> "Memorandum on judicial training".equals(
                lookup("#document-pane .record-title").queryAs(Label.class).getText()));
        assertThat(list("#document-parties").getItems()).hasSize(2);
    }

    private TripSummary trip(String title) {
        return trips().getItems().stream().filter(t -> t.title().equals(title)).findFirst().orElseThrow();
    }

    private List<String> programme() {
        return lookup("#trip-programme .label").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    private TableView<TripSummary> trips() {
        return table("#trips-table");
    }

    private TableView<DocumentSummary> documents() {
        return table("#documents-table");
    }
}
