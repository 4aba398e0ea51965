package org.protocoldesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

class CliTest {
    private final List<StartOptions> windows = new ArrayList<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(CommandLine commandLine, String... args) {
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private int run(String... args) {
        return run(Cli.create(windows::add), args);
    }

    @Test
    void noArgumentsStartTheWindowWithDemoData() {
        assertThat(run()).isZero();
        assertThat(windows).containsExactly(new StartOptions(null, true));
    }

    @Test
    void dataDirTakesTheNextArgumentOrAnEqualsSign() {
        run("--data-dir", "/tmp/pd");
        run("--data-dir=/tmp/pd2", "--no-demo");
        assertThat(windows).containsExactly(new StartOptions(Path.of("/tmp/pd"), true),
                new StartOptions(Path.of("/tmp/pd2"), false));
    }

    @Test
    void anEmptyDataDirIsRefusedInOneLineAndStartsNothing() {
        assertThat(run("--data-dir=")).isEqualTo(ExitCode.BAD_ARGUMENTS);
        assertThat(err.toString()).startsWith("protocol-desk: ").contains("--data-dir needs a folder");
        assertThat(windows).isEmpty();
    }

    @Test
    void anUnknownOptionIsRefusedByNameWithExitTwo() {
        assertThat(run("--colour")).isEqualTo(ExitCode.BAD_ARGUMENTS);
        assertThat(err.toString().lines().findFirst()).hasValueSatisfying(line -> assertThat(line).contains("--colour"));
        assertThat(windows).isEmpty();
    }

    @Test
    void helpListsTheOptionsAndStartsNothing() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("--data-dir", "--no-demo", "--version");
        assertThat(windows).isEmpty();
    }

    @Command(name = "probe-deep", description = {"Probes the data folder deeply.", "Takes its time."},
            footerHeading = UsageExamples.HEADING, footer = "  protocol-desk probe-deep --thorough")
    static final class DeepProbe implements Callable<Integer> {
        @Override
        public Integer call() {
            return 0;
        }
    }

    @Command(name = "find-things", description = "Finds things.")
    static final class FindThings implements Callable<Integer> {
        @CommandLine.Parameters(paramLabel = "WORDS")
        String words;

        @Override
        public Integer call() {
            return 0;
        }
    }

    @Test
    void helpListsEverySubCommandWithOneLineAndAnExample() {
        CommandLine commandLine = Cli.create(windows::add).addSubcommand(new DeepProbe()).addSubcommand(new FindThings());

        assertThat(run(commandLine, "--help")).isZero();

        String help = out.toString();
        assertThat(help).contains("Commands:", "  search ", "  check ", "  backup ", "  restore ", "  export ")
                .containsPattern("\\R\\s+probe-deep\\s+Probes the data folder deeply\\.\\R\\s+find-things\\s+Finds things\\.")
                .doesNotContain("Takes its time.");
        assertThat(help.substring(help.indexOf("Examples:")))
                .contains("protocol-desk --data-dir", "  protocol-desk probe-deep --thorough", "  protocol-desk find-things WORDS")
                .containsSubsequence("Examples:", "probe-deep", "find-things", "Exit status:");
    }

    @Test
    void versionPrintsTheBuildVersion() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("Protocol Desk ");
    }

    @Test
    void theWindowReadsItsOptionsBackFromTheRawArguments() {
        assertThat(ProtocolDeskCommand.startOptions(List.of("--no-demo", "--data-dir", "/tmp/x")))
                .isEqualTo(new StartOptions(Path.of("/tmp/x"), false));
    }

    @Command(name = "probe")
    static final class Probe implements Callable<Integer> {
        @ParentCommand
        ProtocolDeskCommand top;
        Path seen;

        @Override
        public Integer call() {
            seen = top.dataFolder().path();
            return 0;
        }
    }

    @Test
    void aSubCommandSeesTheDataDirGivenBeforeOrAfterIt() {
        Probe before = new Probe();
        run(Cli.create(windows::add).addSubcommand(before), "--data-dir", "/tmp/a", "probe");
        Probe after = new Probe();
        run(Cli.create(windows::add).addSubcommand(after), "probe", "--data-dir", "/tmp/b");
        assertThat(before.seen).isEqualTo(Path.of("/tmp/a"));
        assertThat(after.seen).isEqualTo(Path.of("/tmp/b"));
        assertThat(windows).isEmpty();
    }

    @Test
    void aFailedJobIsOneLineAndExitThree() {
        @Command(name = "fail")
        final class Fail implements Callable<Integer> {
            @Override
            public Integer call() {
                throw new IllegalStateException("the disk is full");
            }
        }
        assertThat(run(Cli.create(windows::add).addSubcommand(new Fail()), "fail")).isEqualTo(ExitCode.FAILED);
        assertThat(err.toString()).isEqualTo("protocol-desk: the disk is full" + System.lineSeparator());
    }
}
