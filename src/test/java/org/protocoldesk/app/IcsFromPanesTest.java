package org.protocoldesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.protocoldesk.app.RunningApp.waitUntil;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.protocoldesk.model.TripSummary;
import org.testfx.api.FxRobot;

/**
 * "Export to calendar (.ics)…" in the trip's and the counterpart's panes, in the real app on the demo data: the file
 * chosen is written off the FX thread and reads back with ical4j, valid, with the record's entries.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IcsFromPanesTest extends FxRobot {
    @TempDir
    static Path dataDir;
    @TempDir
    static Path exports;
    private RunningApp app;
    private RecordScreens screens;

    @BeforeAll
    void startOnTheDemoData() throws TimeoutException {
        app = RunningApp.start(dataDir);
        screens = new RecordScreens(this);
        interact(() -> app.screens().chooseIcsFilesWith(name -> Optional.of(exports.resolve(name))));
    }

    @AfterAll
    void stop() throws TimeoutException {
        app.close();
    }

    private static Calendar readBack(Path file) throws IOException, ParserException {
        try (InputStream in = new FileInputStream(file.toFile())) {
            return new CalendarBuilder().build(in);
        }
    }

    private static List<String> summaries(Calendar calendar) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .map(e -> e.<net.fortuna.ical4j.model.property.Summary>getProperty(Property.SUMMARY)
                        .map(Property::getValue).orElse(""))
                .toList();
    }

    @Test
    void aCounterpartsMeetingsAreExportedFromTheirPane() throws Exception {
        screens.openCounterpart("Khusrav Noziri");

        clickOn("#counterpart-ics");

        waitUntil(() -> lookup("#counterpart-notice").queryAs(Label.class).getText().startsWith("Exported "));
        Path file = exports.resolve("meetings-with-khusrav-noziri.ics");
        Calendar calendar = readBack(file);
        assertThat(calendar.validate().hasErrors()).isFalse();
        assertThat(summaries(calendar)).isNotEmpty();
        assertThat(Files.readString(file)).contains("Khusrav Noziri");
        try (var left = Files.list(exports)) { // written under a temporary name, then moved: nothing else is left
            assertThat(left.filter(f -> !f.getFileName().toString().endsWith(".ics"))).isEmpty();
        }
    }

    @Test
    void aTripIsExportedWithWhatBelongsToItFromItsPane() throws Exception {
        screens.shortcut(KeyCode.DIGIT4);
        waitUntil(() -> lookup("#trip-pane").tryQuery().isPresent());
        waitUntil(() -> !trips().getItems().isEmpty());
        TripSummary trip = trips().getItems().stream().filter(t -> t.meetingCount() > 0).findFirst()
                .orElseThrow();
        interact(() -> trips().getSelectionModel().select(trip));
        waitUntil(() -> lookup("#trip-pane .record-title").queryAs(Label.class).getText().equals(trip.title()));

        clickOn("#trip-ics");

        waitUntil(() -> lookup("#trip-notice").queryAs(Label.class).getText().startsWith("Exported "));
        try (var written = Files.list(exports)) {
            Path file = written.filter(f -> f.getFileName().toString().startsWith("trip-")).findFirst().orElseThrow();
            Calendar calendar = readBack(file);
            assertThat(calendar.validate().hasErrors()).isFalse();
            assertThat(summaries(calendar)).anySatisfy(summary -> assertThat(summary).startsWith(trip.title()));
            assertThat(summaries(calendar)).hasSizeGreaterThan(1); // the trip and its meetings
        }
    }

    @SuppressWarnings("unchecked")
    private TableView<TripSummary> trips() {
        return lookup("#trips-table").queryAs(TableView.class);
    }
}
