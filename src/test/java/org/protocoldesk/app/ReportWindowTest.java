package org.protocoldesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.protocoldesk.app.RunningApp.waitUntil;
import static org.protocoldesk.store.generated.Tables.GENERATED_DOCUMENT;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protocoldesk.model.PersonRef;
import org.protocoldesk.model.ReportFormat;
import org.protocoldesk.model.TripSummary;
import org.protocoldesk.report.ExportedText;
import org.protocoldesk.store.DataStore;
import org.protocoldesk.store.Database;
import org.testfx.api.FxRobot;

/** From the Trips screen: the briefing of a trip previewed, its summary edited, and the edited version exported. */
class ReportWindowTest extends FxRobot {
    @TempDir
    Path dataDir;
    @TempDir
    Path out;

    @Test
    void theEditedSummaryIsPreviewedAndExportedFromTheTripsScreen() throws Exception {
        try (RunningApp app = RunningApp.start(dataDir)) {
            clickOn("#nav-trips");
            waitUntil(() -> !trips().getItems().isEmpty());
            interact(() -> trips().getSelectionModel().select(trips().getItems().stream()
                    .filter(t -> t.title().startsWith("Dushanbe")).findFirst().orElseThrow()));
            clickOn("#trips-briefing");
            waitUntil(() -> previewShows("Recall our invitation to Mohammad Movahedi-Azad"));

            Path file = out.resolve("dushanbe.md");
            interact(() -> {
                text("#report-summary").setText("Edited in the window: <b>not bold</b>.");
                text("#report-target").setText(file.toString());
            });
            interact(() -> lookup("#report-format").queryAs(javafx.scene.control.ChoiceBox.class)
                    .setValue(ReportFormat.MARKDOWN));
            clickOn("#report-refresh");
            waitUntil(() -> previewShows("Edited in the window: <b>not bold</b>."));
            clickOn("#report-export");

            waitUntil(() -> Files.exists(file));
            waitUntil(() -> lookup("#report-status").queryAs(Label.class).getText().startsWith("Written"));
            assertThat(ExportedText.of(ReportFormat.MARKDOWN, Files.readAllBytes(file)))
                    .contains("Edited in the window: <b>not bold</b>.", "Mohammad Movahedi-Azad");
            assertThat(lookup("#report-archive").queryListView().getItems()).hasSize(1);
        }
    }

    @Test
    void aNoteTypedForOneCounterpartIsExportedInTheirBioNoteAndArchived() throws Exception {
        try (RunningApp app = RunningApp.start(dataDir)) {
            clickOn("#nav-trips");
            waitUntil(() -> !trips().getItems().isEmpty());
            interact(() -> trips().getSelectionModel().select(trips().getItems().stream()
                    .filter(t -> t.title().startsWith("Dushanbe")).findFirst().orElseThrow()));
            clickOn("#trips-briefing");
            waitUntil(() -> lookup("#report-note-for").tryQuery().isPresent() && !noteFor().getItems().isEmpty());

            interact(() -> noteFor().setValue(noteFor().getItems().stream()
                    .filter(p -> p.fullName().equals("Yusuf Rahmon")).findFirst().orElseThrow()));
            clickOn("#report-note").write("Speaks Russian; prefers a morning slot.");
            interact(() -> noteFor().setValue(noteFor().getItems().stream()
                    .filter(p -> p.fullName().equals("Khusrav Noziri")).findFirst().orElseThrow()));
            assertThat(text("#report-note").getText()).isEmpty();
            Path file = out.resolve("dushanbe.docx");
            interact(() -> {
                text("#report-target").setText(file.toString());
                lookup("#report-format").queryAs(javafx.scene.control.ChoiceBox.class).setValue(ReportFormat.DOCX);
            });
            clickOn("#report-export");

            waitUntil(() -> lookup("#report-status").queryAs(Label.class).getText().startsWith("Written"));
            String exported = ExportedText.of(ReportFormat.DOCX, Files.readAllBytes(file));
            String fromHisBio = exported.substring(exported.indexOf("Meetings with Yusuf Rahmon"));
            int nextBio = fromHisBio.indexOf("Meetings with ", 1);
            assertThat(nextBio < 0 ? fromHisBio : fromHisBio.substring(0, nextBio))
                    .contains("Notes: Speaks Russian; prefers a morning slot.");
        }
        try (Database database = Database.open(dataDir)) {
            List<byte[]> archived = new DataStore(database.configuration()).read(s -> s.dsl()
                    .select(GENERATED_DOCUMENT.CONTENT).from(GENERATED_DOCUMENT).fetch(GENERATED_DOCUMENT.CONTENT));
            assertThat(archived).singleElement().isEqualTo(Files.readAllBytes(out.resolve("dushanbe.docx")));
        }
    }

    @SuppressWarnings("unchecked")
    private ComboBox<PersonRef> noteFor() {
        return lookup("#report-note-for").queryAs(ComboBox.class);
    }

    private boolean previewShows(String text) {
        return lookup("#report-preview .label").queryAllAs(Label.class).stream()
                .anyMatch(label -> label.getText().contains(text));
    }

    private TextInputControl text(String id) {
        return lookup(id).queryAs(TextInputControl.class);
    }

    @SuppressWarnings("unchecked")
    private TableView<TripSummary> trips() {
        return lookup("#trips-table").queryAs(TableView.class);
    }
}
