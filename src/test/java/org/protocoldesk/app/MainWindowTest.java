package org.protocoldesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.protocoldesk.app.RunningApp.waitUntil;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.protocoldesk.model.Organisation;
import org.protocoldesk.model.OrganisationKind;
import org.protocoldesk.service.OrganisationService;
import org.protocoldesk.store.DataStore;
import org.protocoldesk.store.Database;
import org.protocoldesk.ui.shell.Section;
import org.protocoldesk.ui.shell.Theme;
import org.testfx.api.FxRobot;

/** The main window of the real app over a real database: navigation, lists, filter, find, about. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MainWindowTest extends FxRobot {
    @TempDir
    static Path dataDir;
    private RunningApp app;

    @BeforeAll
    void startOnTwoOrganisations() throws TimeoutException {
        try (Database database = Database.open(dataDir)) {
            OrganisationService organisations = new OrganisationService(new DataStore(database.configuration()));
            organisations.add(new Organisation(null, "Economic Cooperation Organization", "ECO",
                    OrganisationKind.INTERNATIONAL_ORGANISATION, null, null));
            organisations.add(new Organisation(null, "Yargıtay Cumhuriyet Başsavcılığı", null,
                    OrganisationKind.PROSECUTORS_OFFICE, null, null));
        }
        app = RunningApp.start(dataDir, "--no-demo");
    }

    @AfterAll
    void stop() throws TimeoutException {
        app.close();
    }

    @ParameterizedTest
    @EnumSource(Section.class)
    void eachNavigationEntryShowsItsScreen(Section section) throws TimeoutException {
        clickOn("#nav-" + section.id());

        waitUntil(() -> lookup("#" + section.id() + "-screen").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(lookup(".content > *").queryAll()).hasSize(1);
    }

    @Test
    void controlAndTheSectionNumberShowTheSection() throws TimeoutException {
        clickOn("#nav-today");
        press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);

        waitUntil(() -> lookup("#organisations-screen").tryQuery().isPresent());
    }

    @Test
    void theOrganisationsScreenListsTheStoredOrganisations() throws TimeoutException {
        clickOn("#nav-organisations");

        waitUntil(() -> table("#organisations-table").getItems().size() == 2);
    }

    @Test
    void theFilterFindsANameWhateverItsAccents() throws TimeoutException {
        clickOn("#nav-organisations");
        waitUntil(() -> table("#organisations-table").getItems().size() == 2);

        clickOn("#organisations-filter").write("yargitay basSAVCILIGI");
        try {
            waitUntil(() -> table("#organisations-table").getItems().size() == 1);
        } finally {
            interact(() -> lookup("#organisations-filter").queryAs(TextField.class).clear());
        }
    }

    @Test
    void findFocusesTheSearchFieldWhichSaysThatSearchComesLater() throws TimeoutException {
        press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);

        waitUntil(() -> lookup("#global-search").queryAs(TextField.class).isFocused());
        assertThat(lookup("#global-search").queryAs(TextField.class).getPromptText()).contains("later version");
    }

    @Test
    void controlFFocusesTheFilterOfTheListShown() throws TimeoutException {
        clickOn("#nav-organisations");

        press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);

        waitUntil(() -> lookup("#organisations-filter").queryAs(TextField.class).isFocused());
    }

    @Test
    void theStatusBarShowsTheDataFolder() {
        assertThat(lookup("#status-data-folder").queryAs(Labeled.class).getText()).isEqualTo(dataDir.toString());
    }

    @Test
    void theCalendarLeadsToTodayMeanwhile() throws TimeoutException {
        clickOn("#nav-calendar");
        clickOn("#calendar-meanwhile");

        waitUntil(() -> lookup("#today-screen").tryQuery().map(Node::isVisible).orElse(false));
    }

    @Test
    void theDarkThemeReplacesTheLightStylesheet() {
        clickOn("View").clickOn("Dark theme");
        try {
            assertThat(Application.getUserAgentStylesheet()).isEqualTo(Theme.DARK.userAgentStylesheet());
        } finally {
            clickOn("View").clickOn("Light theme");
        }
    }

    @Test
    void aboutTellsTheVersionTheDataFolderAndTheLicence() throws TimeoutException {
        push(KeyCode.F1);
        try {
            waitUntil(() -> lookup("#about-facts").tryQuery().isPresent());
            assertThat(lookup("#about-facts .label").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                    .contains(Version.current(), dataDir.toString(), "Apache License 2.0");
        } finally {
            clickOn("Close");
        }
    }

    @SuppressWarnings("unchecked")
    private TableView<Object> table(String query) {
        return lookup(query).queryAs(TableView.class);
    }
}
