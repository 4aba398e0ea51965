package org.protocoldesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowStartTest {
    @Test
    void readsTheWindowStartAsPicocliDoes() {
        for (List<String> args : List.of(List.<String>of(), List.of("--no-demo"), List.of("--data-dir", "/tmp/pd"),
                List.of("--data-dir=/tmp/pd", "--no-demo"), List.of("--no-demo", "--data-dir", "relative/dir"))) {
            assertThat(WindowStart.parse(args)).as("%s", args).contains(ProtocolDeskCommand.startOptions(args));
        }
        assertThat(WindowStart.parse(List.of("--data-dir", "/tmp/pd", "--no-demo")))
                .contains(new StartOptions(Path.of("/tmp/pd"), false));
    }

    @Test
    void leavesEverythingElseToTheCommandLine() {
        for (List<String> args : List.of(List.of("--help"), List.of("-h"), List.of("--version"), List.of("check"),
                List.of("--data-dir", "/tmp/pd", "backup", "--to", "/tmp/b.db"), List.of("search", "Noziri"),
                List.of("--data-dir"), List.of("--data-dir", ""), List.of("--data-dir", "--no-demo"),
                List.of("--data-dir", "/a", "--data-dir", "/b"), List.of("--no-demo", "--no-demo"),
                List.of("--nodemo"), List.of("extra"))) {
            assertThat(WindowStart.parse(args)).as("%s", args).isEmpty();
        }
    }
}
