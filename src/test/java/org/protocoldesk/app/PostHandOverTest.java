package org.protocoldesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.protocoldesk.app.RunningApp.waitUntil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.protocoldesk.model.Organisation;
import org.protocoldesk.model.OrganisationKind;
import org.protocoldesk.model.Person;
import org.protocoldesk.model.Post;
import org.protocoldesk.model.PostHolding;
import org.protocoldesk.model.Side;
import org.protocoldesk.service.CounterpartService;
import org.protocoldesk.service.OrganisationService;
import org.protocoldesk.store.DataStore;
import org.protocoldesk.store.Database;
import org.testfx.api.FxRobot;

/**
 * A post passing to a successor, kept in the real window: the holder's post is ended, the successor is given the
 * same post from the next day, and both people show it with its dates while the organisation lists who held it when.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostHandOverTest extends FxRobot {
    private static final String ECO = "Economic Cooperation Organization";
    private static final String HOLDER = "Khusrav Noziri";
    private static final String SUCCESSOR = "Asad Majeed Khan";
    @TempDir
    static Path dataDir;
    private RunningApp app;
    private final RecordScreens screens = new RecordScreens(this);

    @BeforeAll
    void startWithASecretaryGeneralAndTheirSuccessor() throws TimeoutException {
        try (Database database = Database.open(dataDir)) {
            DataStore data = new DataStore(database.configuration());
            long eco = new OrganisationService(data).add(new Organisation(null, ECO, "ECO",
                    OrganisationKind.INTERNATIONAL_ORGANISATION, null, null)).id();
            CounterpartService counterparts = new CounterpartService(data);
            counterparts.add(Person.builder(Side.THEIRS, HOLDER).posts(List.of(
                    new Post(eco, "Secretary General", LocalDate.of(2021, 9, 1), null)))
                    .build());
            counterparts.add(Person.builder(Side.THEIRS, SUCCESSOR).build());
        }
        app = RunningApp.start(dataDir, "--no-demo");
        screens.shortcut(KeyCode.DIGIT2);
        waitUntil(() -> lookup("#counterpart-pane").tryQuery().isPresent());
    }

    @AfterAll
    void stop() throws TimeoutException {
        app.close();
    }

    @Test
    void theHandOverShowsOnBothPeopleWithDatesAndTheOrganisationListsWhoHeldItWhen() throws TimeoutException {
        screens.openCounterpart(HOLDER);
        interact(() -> posts().getSelectionModel().select(0));
        focus("#counterpart-post-to").write("31 Aug 2024");
        focus("#counterpart-end-post").push(KeyCode.SPACE);
        screens.shortcut(KeyCode.S);
        waitUntil(() -> lookup("#counterpart-save").query().isDisabled() && text(posts(), 0).contains("31 Aug 2024"));

        screens.openCounterpart(SUCCESSOR);
        @SuppressWarnings("unchecked")
        ComboBox<Organisation> organisation = lookup("#counterpart-post-organisation").queryAs(ComboBox.class);
        waitUntil(() -> organisation.getItems().stream().anyMatch(o -> ECO.equals(o.name())));
        interact(() -> organisation.getItems().stream().filter(o -> ECO.equals(o.name())).findFirst()
                .ifPresent(organisation.getSelectionModel()::select));
        focus("#counterpart-post-title").write("Secretary General");
        focus("#counterpart-post-from").write("1 Sep 2024");
        focus("#counterpart-add-post").push(KeyCode.SPACE);
        screens.shortcut(KeyCode.S);
        waitUntil(() -> lookup("#counterpart-save").query().isDisabled() && posts().getItems().size() == 1);
        assertThat(text(posts(), 0)).contains("Secretary General, ECO").contains("1 Sep 2024");

        screens.openCounterpart(HOLDER);
        waitUntil(() -> posts().getItems().size() == 1 && text(posts(), 0).contains("31 Aug 2024"));
        assertThat(text(posts(), 0)).contains("Secretary General, ECO").contains("Sep 2021");

        screens.shortcut(KeyCode.DIGIT3);
        waitUntil(() -> screens.organisations().getItems().size() == 1);
        interact(() -> screens.organisations().getSelectionModel().select(0));
        @SuppressWarnings("unchecked")
        ListView<PostHolding> holders = lookup("#organisation-post-holders").queryAs(ListView.class);
        waitUntil(() -> holders.getItems().size() == 2);
        assertThat(List.of(text(holders, 0), text(holders, 1))).anySatisfy(line -> assertThat(line)
                .startsWith(HOLDER + " — Secretary General").contains("31 Aug 2024"))
                .anySatisfy(line -> assertThat(line).startsWith(SUCCESSOR + " — Secretary General")
                        .contains("1 Sep 2024"));
    }

    /** The text a list shows for its row {@code index}, as its cell renders it. */
    private static String text(ListView<?> list, int index) {
        return list.lookupAll(".list-cell").stream()
                .map(ListCell.class::cast)
                .filter(cell -> cell.getIndex() == index && !cell.isEmpty())
                .map(ListCell::getText).findFirst().orElse("");
    }

    private FxRobot focus(String id) {
        Node node = lookup(id).query();
        interact(node::requestFocus);
        return this;
    }

    @SuppressWarnings("unchecked")
    private ListView<Object> posts() {
        return lookup("#counterpart-posts .list-view").queryAs(ListView.class);
    }

}
