package org.protocoldesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.protocoldesk.app.RunningApp.waitUntil;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
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
import org.protocoldesk.model.CounterpartSummary;

/**
 * Keeping the registry in the real app on an empty database (started with --no-demo), with the keyboard: a
 * counterpart is created with a spelling, a language and a post, edited, refused when a field is wrong, and deleted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CounterpartEditingTest extends EditingRobot {
    @TempDir
    static Path dataDir;
    private RunningApp app;

    @BeforeAll
    void startOnAnEmptyDatabase() throws TimeoutException {
        app = RunningApp.start(dataDir, "--no-demo");
        press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        waitUntil(() -> lookup("#counterpart-pane").tryQuery().isPresent());
    }

    @AfterAll
    void stop() throws TimeoutException {
        app.close();
    }

    @Test
    @Order(1)
    void aCounterpartIsCreatedWithASpellingALanguageAndAPost() throws TimeoutException {
        shortcut(KeyCode.N);
        waitUntil(() -> field("#counterpart-full-name").isFocused());
        write("Kamran Əliyev");
        focus("#counterpart-other-spelling-entry").write("Kamran Aliyev").push(KeyCode.ENTER);
        focus("#counterpart-language-entry").write("Azerbaijani").push(KeyCode.ENTER);
        focus("#counterpart-post-title").write("Prosecutor General");
        focus("#counterpart-post-from").write("4 Feb 2020");
        focus("#counterpart-add-post").push(KeyCode.SPACE);

        shortcut(KeyCode.S);

        waitUntil(() -> rows().getItems().size() == 1);
        CounterpartSummary row = rows().getItems().get(0);
        assertThat(row.fullName()).isEqualTo("Kamran Əliyev");
        assertThat(row.postTitle()).isEqualTo("Prosecutor General");
        waitUntil(() -> "Kamran Əliyev".equals(lookup("#counterpart-pane .record-title").queryAs(Label.class).getText()));
        assertThat(list("#counterpart-other-spellings").getItems()).containsExactly("Kamran Aliyev");
        assertThat(list("#counterpart-languages").getItems()).containsExactly("Azerbaijani");
    }

    @Test
    @Order(2)
    void eachWrongFieldIsToldNextToItAndNothingIsSaved() throws TimeoutException {
        String stored = storedCounterparts();
        focus("#counterpart-full-name");
        field("#counterpart-full-name").selectAll();
        push(KeyCode.BACK_SPACE);
        focus("#counterpart-email").write("kamran at example");
        focus("#counterpart-honorific").write("x".repeat(201));

        shortcut(KeyCode.S);

        waitUntil(() -> !error("#counterpart-full-name-error").isEmpty());
        assertThat(error("#counterpart-full-name-error")).isEqualTo("Required.");
        assertThat(error("#counterpart-email-error")).startsWith("Not an e-mail address");
        assertThat(error("#counterpart-honorific-error")).startsWith("At most 200 characters");
        assertThat(lookup("#counterpart-email").query().getPseudoClassStates())
                .anyMatch(state -> state.getPseudoClassName().equals("danger"));
        assertThat(rows().getItems()).extracting(CounterpartSummary::fullName).containsExactly("Kamran Əliyev");
        assertThat(storedCounterparts()).isEqualTo(stored).contains("Kamran Əliyev");

        push(KeyCode.ESCAPE);
        waitUntil(() -> "Kamran Əliyev".equals(field("#counterpart-full-name").getText()));
    }

    @Test
    @Order(3)
    void aPostThatEndsBeforeItStartsIsRefusedNextToItsEnd() throws TimeoutException {
        focus("#counterpart-post-title").write("Deputy");
        focus("#counterpart-post-from").write("1 Mar 2021");
        focus("#counterpart-post-to").write("1 Jan 2021");
        focus("#counterpart-add-post").push(KeyCode.SPACE);

        waitUntil(() -> !error("#counterpart-post-to-error").isEmpty());
        assertThat(error("#counterpart-post-to-error")).startsWith("Ends before it starts");
        assertThat(list("#counterpart-posts").getItems()).hasSize(1);
        push(KeyCode.ESCAPE);
    }

    @Test
    @Order(4)
    void anEditIsSavedAndReadBack() throws TimeoutException {
        focus("#counterpart-honorific");
        field("#counterpart-honorific").selectAll();
        write("H.E.");
        shortcut(KeyCode.S);

        waitUntil(() -> "H.E.".equals(rows().getItems().get(0).honorific()));
    }

    @Test
    @Order(5)
    void aLookalikeIsWarnedAboutBeforeItIsSaved() throws TimeoutException {
        shortcut(KeyCode.N);
        waitUntil(() -> field("#counterpart-full-name").isFocused());
        write("KAMRAN ALIYEV");
        shortcut(KeyCode.S);

        waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(lookup(".dialog-pane .content").queryAs(Label.class).getText()).contains("Kamran Əliyev");
        push(KeyCode.ESCAPE);
        assertThat(rows().getItems()).hasSize(1);
        push(KeyCode.ESCAPE);
    }

    @Test
    @Order(6)
    void deletingAsksThenRemovesTheCounterpartUnlessUndone() throws TimeoutException {
        clickOn(firstRow());
        waitUntil(() -> "Kamran Əliyev".equals(field("#counterpart-full-name").getText()));
        shortcut(KeyCode.DELETE);
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        push(KeyCode.ENTER);
        waitUntil(() -> rows().getItems().isEmpty());
        assertThat(lookup("#counterpart-pane .undo-bar").query().isVisible()).isTrue();

        focus("#counterpart-undo").push(KeyCode.SPACE);
        waitUntil(() -> rows().getItems().size() == 1);

        clickOn(firstRow());
        waitUntil(() -> "Kamran Əliyev".equals(field("#counterpart-full-name").getText()));
        shortcut(KeyCode.DELETE);
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        push(KeyCode.ENTER);
        waitUntil(() -> lookup("#counterpart-pane .undo-bar").query().isVisible());
        waitUntil(() -> !lookup("#counterpart-pane .undo-bar").query().isVisible()); // the grace time is over
        // the delete and the reload from the database after it are done, and the row has not come back
        waitUntil(() -> !lookup("#status-busy").query().isVisible() && rows().getItems().isEmpty());
    }

    /** Every counterpart's name, honorific and e-mail as the database file holds them. */
    private static String storedCounterparts() {
        return DatabaseFile.query(dataDir, "SELECT group_concat(full_name || '|' || ifnull(honorific, '') || '|' "
                + "|| ifnull(email, ''), ';') FROM person");
    }

    private TableView<CounterpartSummary> rows() {
        return table("#counterparts-table");
    }

    private Node firstRow() {
        return lookup("#counterparts-table .table-row-cell").match((TableRow<?> row) -> row.getIndex() == 0).query();
    }
}
