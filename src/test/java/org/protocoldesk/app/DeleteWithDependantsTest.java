package org.protocoldesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.protocoldesk.app.RunningApp.waitUntil;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Hyperlink;
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
import org.protocoldesk.model.Invitation;
import org.protocoldesk.model.InvitationDirection;
import org.protocoldesk.model.InvitationOccasion;
import org.protocoldesk.model.InvitationStatus;
import org.protocoldesk.model.InvitationSummary;
import org.protocoldesk.model.Organisation;
import org.protocoldesk.model.OrganisationKind;
import org.protocoldesk.model.Person;
import org.protocoldesk.model.Post;
import org.protocoldesk.model.Side;
import org.protocoldesk.service.CounterpartService;
import org.protocoldesk.service.OrganisationService;
import org.protocoldesk.store.DataStore;
import org.protocoldesk.store.Database;
import org.protocoldesk.ui.common.PartyTexts;
import org.testfx.api.FxRobot;

/**
 * What links to a counterpart or an organisation, in its pane and in the confirmation of its delete, in the real
 * window: the pane lists the invitations that name it (each opens the invitation), the confirmation says what
 * happens to each, and an invitation whose only inviter is deleted stays readable with the inviter's name.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeleteWithDependantsTest extends FxRobot {
    private static final String INVITER = "Mohammad Movahedi-Azad";
    private static final String ECO = "Economic Cooperation Organization";
    @TempDir
    static Path dataDir;
    private RunningApp app;
    private final RecordScreens screens = new RecordScreens(this);

    @BeforeAll
    void startWithAnInvitationFromAPersonAndOneFromAnOrganisation() throws TimeoutException {
        try (Database database = Database.open(dataDir)) {
            DataStore data = new DataStore(database.configuration());
            OrganisationService organisations = new OrganisationService(data);
            long tajikOffice = organisations.add(new Organisation(null, "Prosecutor General's Office of Tajikistan",
                    null, OrganisationKind.PROSECUTORS_OFFICE, null, null)).id();
            long eco = organisations.add(new Organisation(null, ECO, "ECO",
                    OrganisationKind.INTERNATIONAL_ORGANISATION, null, null)).id();
            CounterpartService counterparts = new CounterpartService(data);
            long inviter = counterparts.add(Person.builder(Side.THEIRS, INVITER).build()).id();
            counterparts.add(Person.builder(Side.THEIRS, "Khusrav Noziri")
                    .posts(List.of(new Post(eco, "Secretary General", null, null))).build());
            data.writeAll(s -> {
                s.invitations().insert(invitation("Visit to Iran", inviter, null, tajikOffice));
                s.invitations().insert(invitation("ECO conference of prosecutors", null, eco, tajikOffice));
            });
        }
        app = RunningApp.start(dataDir, "--no-demo");
        press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        waitUntil(() -> lookup("#counterpart-pane").tryQuery().isPresent());
    }

    private static Invitation invitation(String what, Long fromPerson, Long fromOrganisation, long to) {
        return new Invitation(null, InvitationDirection.INCOMING, InvitationOccasion.OFFICIAL_VISIT, what,
                fromPerson, fromOrganisation, null, to, null, null, null, null, null, null, null,
                InvitationStatus.PENDING, null, null, null);
    }

    @AfterAll
    void stop() throws TimeoutException {
        app.close();
    }

    @Test
    @Order(1)
    void theCounterpartsPaneListsTheInvitationThatNamesThemAndOpensIt() throws TimeoutException {
        screens.openCounterpart(INVITER);
        waitUntil(() -> lookup("#counterpart-links .links-entry").tryQuery().isPresent());
        Hyperlink entry = lookup("#counterpart-links .links-entry").queryAs(Hyperlink.class);
        assertThat(entry.getText()).isEqualTo("Visit to Iran");

        interact(entry::fire);

        waitUntil(() -> lookup("#invitations-table").tryQuery().isPresent() && invitations().getSelectionModel()
                .getSelectedItem() != null);
        assertThat(invitations().getSelectionModel().getSelectedItem().invitation().description())
                .isEqualTo("Visit to Iran");
    }

    @Test
    @Order(2)
    void deletingTheOnlyInviterListsTheInvitationAndTheInvitationKeepsTheirName() throws TimeoutException {
        screens.openCounterpart(INVITER);
        screens.shortcut(KeyCode.DELETE);

        waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(dialogText()).contains("1 invitation keeps the name “" + INVITER + "”: Visit to Iran");
        push(KeyCode.ENTER);
        waitUntil(() -> lookup("#counterpart-pane .undo-bar").query().isVisible());
        waitUntil(() -> !lookup("#counterpart-pane .undo-bar").query().isVisible()); // the grace time is over

        screens.shortcut(KeyCode.DIGIT6);
        // Reloaded after the delete: the invitation no longer links to the person, and shows their name.
        waitUntil(() -> invitations().getItems().stream().anyMatch(i -> "Visit to Iran".equals(
                i.invitation().description()) && i.invitation().inviterPersonId() == null));
        InvitationSummary kept = invitations().getItems().stream()
                .filter(i -> "Visit to Iran".equals(i.invitation().description())).findFirst().orElseThrow();
        assertThat(PartyTexts.of(kept.inviter())).isEqualTo(INVITER); // as the From column shows it
    }

    @Test
    @Order(3)
    void deletingAnOrganisationSaysWhatLinksToItAndCanBeUndone() throws TimeoutException {
        screens.shortcut(KeyCode.DIGIT3);
        waitUntil(() -> screens.organisations().getItems().size() == 2);
        interact(() -> screens.organisations().getItems().stream().filter(o -> ECO.equals(o.organisation().name()))
                .findFirst().ifPresent(screens.organisations().getSelectionModel()::select));
        waitUntil(() -> ECO.equals(lookup("#organisation-pane .record-title").queryAs(Label.class).getText()));
        screens.shortcut(KeyCode.DELETE);

        waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(dialogText())
                .contains("1 counterpart keeps a post held here, without the organisation: Khusrav Noziri")
                .contains("1 invitation keeps the name “" + ECO + "”: ECO conference of prosecutors");
        push(KeyCode.ENTER);
        waitUntil(() -> screens.organisations().getItems().size() == 1);

        screens.shortcut(KeyCode.Z);
        waitUntil(() -> screens.organisations().getItems().size() == 2);
    }

    private String dialogText() {
        return lookup(".dialog-pane .content").queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private TableView<InvitationSummary> invitations() {
        return lookup("#invitations-table").queryAs(TableView.class);
    }
}
