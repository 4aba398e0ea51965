package org.protocoldesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protocoldesk.model.Meeting;
import org.protocoldesk.model.MeetingKind;
import org.protocoldesk.store.DataStore;
import org.protocoldesk.store.Database;

/** {@code protocol-desk export ics}: a valid calendar on success; one line, exit 2 and no file on a refusal. */
class ExportIcsCommandTest {
    private static final String LONDON = "London: 28th Annual Conference of the International Association of Prosecutors";

    @TempDir
    Path dataDir;
    @TempDir
    Path out;

    private CommandRunner cli;

    @BeforeEach
    void demo() {
        cli = CommandRunner.onDemoData(dataDir);
    }


    private static Calendar parsed(Path file) throws Exception {
        return new CalendarBuilder().build(new StringReader(Files.readString(file)));
    }

    @Test
    void aTripIsWrittenWithItsMeetingsAndValidates() throws Exception {
        Path file = out.resolve("london.ics");

        assertThat(cli.run("export", "ics", "--trip", LONDON, "--out", file.toString())).isZero();

        Calendar calendar = parsed(file);
        assertThat(calendar.validate().hasErrors()).isFalse();
        assertThat(calendar.<VEvent>getComponents(VEvent.VEVENT)).extracting(e -> e.getSummary().getValue())
                .contains(LONDON + " (September 2023, days not recorded)").anySatisfy(summary -> assertThat(summary).startsWith("Meeting with Max Hill"));
        assertThat(cli.out()).contains(file.toString(), "entries");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).containsExactly(file); // no temporary file left beside it
        }
    }

    @Test
    void aRangeOfDaysIsWrittenWithTheZonesOfItsMeetings() throws Exception {
        try (Database database = Database.open(dataDir)) {
            new DataStore(database.configuration()).write(s -> s.meetings().insert(new Meeting(null,
                    MeetingKind.BILATERAL, "Talks", LocalDate.of(2024, 5, 16), LocalTime.of(9, 0), LocalTime.of(10, 0),
                    ZoneId.of("Asia/Dushanbe"), "Palace", "Dushanbe", null, null, null, null, List.of(),
                    List.of("Extradition"), List.of())));
        }
        Path file = out.resolve("range.ics");

        assertThat(cli.run("export", "ics", "--from", "2023-01-01", "--to", "2025-12-31", "--out", file.toString()))
                .isZero();

        String text = Files.readString(file);
        assertThat(text).contains("BEGIN:VTIMEZONE", "TZID:Asia/Dushanbe", "DTSTART;TZID=Asia/Dushanbe:20240516T090000");
        assertThat(parsed(file).validate().hasErrors()).isFalse();
    }

    @Test
    void aRangeWithNothingInItWritesNoFileAndSaysSo() throws IOException {
        assertThat(cli.run("export", "ics", "--from", "1990-01-01", "--to", "1990-01-31",
                "--out", out.resolve("x.ics").toString())).isEqualTo(ExitCode.NEGATIVE);

        assertThat(cli.err()).isEqualTo("protocol-desk: nothing to export: no calendar entry from 1990-01-01"
                + " to 1990-01-31" + System.lineSeparator());
        assertNothingWritten();
    }

    @Test
    void anUnknownTripIsOneLineExitTwoAndNoFile() throws IOException {
        assertThat(cli.run("export", "ics", "--trip", "Reykjavik", "--out", out.resolve("x.ics").toString()))
                .isEqualTo(ExitCode.BAD_ARGUMENTS);

        assertThat(cli.err()).isEqualTo("protocol-desk: no trip with the id or exact title 'Reykjavik'"
                + System.lineSeparator());
        assertNothingWritten();
    }

    @Test
    void aRangeEndingBeforeItStartsIsOneLineExitTwoAndNoFile() throws IOException {
        assertThat(cli.run("export", "ics", "--from", "2024-05-10", "--to", "2024-05-01",
                "--out", out.resolve("x.ics").toString())).isEqualTo(ExitCode.BAD_ARGUMENTS);

        assertThat(cli.err()).isEqualTo("protocol-desk: --to 2024-05-01 is before --from 2024-05-10"
                + System.lineSeparator());
        assertNothingWritten();
    }

    @Test
    void aTripAndARangeTogetherAreRefusedWithExitTwoAndNoFile() throws IOException {
        assertThat(cli.run("export", "ics", "--trip", "1", "--from", "2024-05-01", "--to", "2024-05-10",
                "--out", out.resolve("x.ics").toString())).isEqualTo(ExitCode.BAD_ARGUMENTS);

        assertThat(cli.err().lines().findFirst()).hasValueSatisfying(line ->
                assertThat(line).startsWith("protocol-desk: ").contains("mutually exclusive"));
        assertNothingWritten();
    }

    @Test
    void aDateThatIsNoDateIsRefusedWithExitTwoAndNoFile() throws IOException {
        assertThat(cli.run("export", "ics", "--from", "2024-02-30", "--to", "2024-03-10",
                "--out", out.resolve("x.ics").toString())).isEqualTo(ExitCode.BAD_ARGUMENTS);

        assertThat(cli.err().lines().findFirst()).hasValueSatisfying(line ->
                assertThat(line).startsWith("protocol-desk: ").contains("2024-02-30"));
        assertNothingWritten();
    }

    @Test
    void aFolderThatDoesNotExistIsOneLineExitTwoAndNoFile() throws IOException {
        assertThat(cli.run("export", "ics", "--trip", "1", "--out", out.resolve("missing").resolve("x.ics").toString()))
                .isEqualTo(ExitCode.BAD_ARGUMENTS);

        assertThat(cli.err()).startsWith("protocol-desk: cannot write ").hasLineCount(1);
        assertNothingWritten();
    }

    private void assertNothingWritten() throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }
}
