package org.protocoldesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protocoldesk.Launcher;
import org.protocoldesk.model.ReportFormat;
import org.protocoldesk.report.ExportedText;
import org.protocoldesk.store.ChildJvm;

/** {@code protocol-desk export briefing|trip-report}: the file on success, one line and no file on a refusal. */
class ExportCommandTest {
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


    @Test
    void aTripReportIsWrittenForTheTripNamedByItsExactTitle() throws IOException {
        Path file = out.resolve("london.docx");

        assertThat(cli.run("export", "trip-report", "--trip", LONDON, "--format", "docx", "--out", file.toString(),
                "--marking", "OFFICIAL USE ONLY")).isZero();

        String text = ExportedText.of(ReportFormat.DOCX, Files.readAllBytes(file));
        assertThat(text).contains("Trip report", LONDON, "OFFICIAL USE ONLY", "Meeting with Max Hill");
        assertThat(cli.out()).contains(file.toString(), "sha256");
    }

    @Test
    void aBriefingIsWrittenForTheTripNamedByItsId() throws IOException {
        Path file = out.resolve("briefing.md");

        assertThat(cli.run("export", "briefing", "--trip", "1", "--format", "md", "--out", file.toString())).isZero();

        assertThat(Files.readString(file)).contains("Briefing note", "RESTRICTED");
    }

    @Test
    void aPdfExportPrintsItsFileAndNothingElse() throws Exception {
        Path file = out.resolve("briefing.pdf");

        ChildJvm.Result run = ChildJvm.run(Launcher.class, Map.of(), "--data-dir", dataDir.toString(),
                "export", "briefing", "--trip", "1", "--format", "pdf", "--out", file.toString());

        assertThat(run.status()).isZero();
        assertThat(run.output().lines()).singleElement(STRING).contains(file.toString(), "sha256");
    }

    @Test
    void anUnknownTripIsOneLineExitTwoAndNoFile() throws IOException {
        assertThat(cli.run("export", "briefing", "--trip", "Reykjavik", "--format", "pdf",
                "--out", out.resolve("x.pdf").toString())).isEqualTo(ExitCode.BAD_ARGUMENTS);

        assertThat(cli.err()).isEqualTo("protocol-desk: no trip with the id or exact title 'Reykjavik'"
                + System.lineSeparator());
        assertNothingWritten();
    }

    @Test
    void anUnknownFormatIsRefusedByNameWithExitTwoAndNoFile() throws IOException {
        assertThat(cli.run("export", "trip-report", "--trip", LONDON, "--format", "odt",
                "--out", out.resolve("x.odt").toString())).isEqualTo(ExitCode.BAD_ARGUMENTS);

        assertThat(cli.err().lines().findFirst()).hasValueSatisfying(line ->
                assertThat(line).startsWith("protocol-desk: ").contains("unknown format 'odt'"));
        assertNothingWritten();
    }

    @Test
    void aFolderThatDoesNotExistIsOneLineExitTwoAndNoFile() throws IOException {
        Path missing = out.resolve("no-such-folder").resolve("x.pdf");

        assertThat(cli.run("export", "trip-report", "--trip", LONDON, "--format", "pdf", "--out", missing.toString()))
                .isEqualTo(ExitCode.BAD_ARGUMENTS);

        assertThat(cli.err()).startsWith("protocol-desk: cannot write ").hasLineCount(1);
        assertNothingWritten();
    }

    @Test
    void aReadOnlyFolderIsOneLineExitTwoAndNoFile() throws IOException {
        Path locked = Files.createDirectory(out.resolve("locked"));
        assertThat(locked.toFile().setWritable(false)).isTrue();
        try {
            assumeFalse(Files.isWritable(locked), "the superuser may write into a read-only folder");
            assertThat(cli.run("export", "briefing", "--trip", LONDON, "--format", "docx",
                    "--out", locked.resolve("x.docx").toString())).isNotZero();

            assertThat(cli.err()).startsWith("protocol-desk: ").hasLineCount(1);
            try (Stream<Path> files = Files.list(locked)) {
                assertThat(files).isEmpty();
            }
        } finally {
            locked.toFile().setWritable(true);
        }
    }

    @Test
    void aTargetInsideAFileIsOneLineExitTwoAndNoNewFile() throws IOException {
        Path file = Files.writeString(out.resolve("notes.txt"), "keep me");

        assertThat(cli.run("export", "briefing", "--trip", LONDON, "--format", "pdf",
                "--out", file.resolve("x.pdf").toString())).isEqualTo(ExitCode.BAD_ARGUMENTS);

        assertThat(cli.err()).startsWith("protocol-desk: cannot write ").hasLineCount(1);
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).containsExactly(file);
        }
        assertThat(Files.readString(file)).isEqualTo("keep me");
    }

    private void assertNothingWritten() throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }
}
