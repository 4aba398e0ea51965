package org.protocoldesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.protocoldesk.app.RunningApp.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protocoldesk.model.Country;
import org.protocoldesk.store.Backups;
import org.protocoldesk.store.Damage;
import org.protocoldesk.store.DataStore;
import org.protocoldesk.store.Database;
import org.protocoldesk.store.Modes;
import org.protocoldesk.store.Stores;
import org.testfx.api.FxRobot;

/** The read-only banner, the damaged-file dialog and File → Back up now / Restore from backup in the real window. */
class DataSafetyWindowTest extends FxRobot {
    @TempDir
    Path dataDir;

    private void saveCountry(String code, String name) {
        try (Database database = Database.open(dataDir)) {
            new DataStore(database.configuration()).writeAll(s -> s.countries().save(new Country(code, name)));
        }
    }

    @Test
    void aDatabaseTheUserMadeReadOnlyOpensWithABannerSayingSo() throws Exception {
        saveCountry("TR", "Türkiye");
        Modes.set(dataDir.resolve(Database.FILE_NAME), "400");

        try (RunningApp app = RunningApp.start(dataDir, "--no-demo")) {
            waitUntil(() -> lookup("#read-only-banner").tryQuery().map(Node::isVisible).orElse(false));

            assertThat(lookup("#read-only-banner").queryAs(Label.class).getText())
                    .startsWith("Read only — nothing you change can be saved.").contains("data file is read-only");
        }
        assertThat(Modes.of(dataDir.resolve(Database.FILE_NAME))).isEqualTo("400");
    }

    @Test
    void aDamagedFileIsExplainedAndTheNewestGoodBackupRestoredWithTheDamagedFileKept() throws Exception {
        saveCountry("TR", "Türkiye");
        try (Database database = Database.open(dataDir)) {
            database.backUp("manual");
        }
        Damage.overwriteAPage(dataDir.resolve(Database.FILE_NAME));

        try (RunningApp app = RunningApp.start(dataDir, "--no-demo")) {
            waitUntil(() -> lookup("#damaged-dialog").tryQuery().isPresent());
            DialogPane dialog = lookup("#damaged-dialog").queryAs(DialogPane.class);
            assertThat(dialog.getHeaderText()).isEqualTo("The data file is damaged");
            assertThat(dialog.getContentText()).contains("nothing was opened", "kept aside")
                    .doesNotContain("Exception", "btree", "written to");

            clickOn(node -> node instanceof Button b && "Restore this backup".equals(b.getText()));

            waitUntil(() -> lookup("#nav-counterparts").tryQuery().isPresent() && Files.exists(dataDir.resolve(
                    "protocol-desk.running")));
        }
        try (var aside = Files.list(dataDir.resolve(Backups.FOLDER))) {
            assertThat(aside.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("replaced-"));
        }
        try (Database database = Database.open(dataDir)) {
            assertThat(new DataStore(database.configuration()).read((Stores s) -> s.countries().find("TR")))
                    .map(Country::name).contains("Türkiye");
        }
    }

    @Test
    void backUpNowThenTheRestoreDialogListsTheBackupWithItsCounts() throws Exception {
        try (RunningApp app = RunningApp.start(dataDir)) {
            backUpNowThenOpenTheRestoreDialog();


            TableView<?> list = lookup("#backup-list").queryAs(TableView.class);
            assertThat(list.getItems()).hasSize(1);
            assertThat(list.getItems().get(0).toString()).contains("meetings=" ).doesNotContain("meetings=0,");
            clickOn("Cancel");
        }
    }

    @Test
    void aBackupFoundDamagedWhenRestoringChangesNothingAndTheWindowGoesOnWorking() throws Exception {
        try (RunningApp app = RunningApp.start(dataDir)) {
            backUpNowThenOpenTheRestoreDialog();
            Path chosen = new Backups(dataDir, Clock.systemUTC()).files().get(0);
            Damage.overwriteAPage(chosen);
            byte[] before = Files.readAllBytes(dataDir.resolve(Database.FILE_NAME));

            clickOn(node -> node instanceof Button b && "Restore".equals(b.getText()));
            waitUntil(() -> lookup(node -> node instanceof Button b && "Restore".equals(b.getText())).tryQuery()
                    .isPresent());
            clickOn(node -> node instanceof Button b && "Restore".equals(b.getText()));

            waitUntil(() -> lookup(".dialog-pane").queryAll().stream().anyMatch(pane -> pane instanceof DialogPane d
                    && "The backup could not be restored; nothing was changed".equals(d.getHeaderText())));
            clickOn("OK");
            assertThat(Files.readAllBytes(dataDir.resolve(Database.FILE_NAME))).isEqualTo(before);
            clickOn("File").clickOn("Back up now…");
            waitUntil(() -> lookup("#backed-up-dialog").tryQuery().isPresent());
            clickOn("OK");
        }
    }

    /** File → Back up now… on the demo data, then File → Restore from backup…, which lists that backup. */
    private void backUpNowThenOpenTheRestoreDialog() throws TimeoutException {
        waitUntil(() -> lookup("#status-demo-badge").query().isVisible());
        clickOn("File").clickOn("Back up now…");
        waitUntil(() -> lookup("#backed-up-dialog").tryQuery().isPresent());
        clickOn("OK");
        clickOn("File").clickOn("Restore from backup…");
        waitUntil(() -> lookup("#backup-list").tryQuery().isPresent());
    }
}
