package org.protocoldesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void noArgumentsStartTheWindowWithDemoData() {
        assertThat(CommandLine.parse(List.of())).isEqualTo(new CommandLine(CommandLine.Action.START, null, true));
    }

    @Test
    void dataDirTakesTheNextArgument() {
        assertThat(CommandLine.parse(List.of("--data-dir", "/tmp/pd")).dataDir()).isEqualTo(Path.of("/tmp/pd"));
    }

    @Test
    void dataDirAlsoTakesAnEqualsSign() {
        assertThat(CommandLine.parse(List.of("--data-dir=/tmp/pd")).dataDir()).isEqualTo(Path.of("/tmp/pd"));
    }

    @Test
    void dataDirWithoutAFolderIsRefused() {
        assertThatThrownBy(() -> CommandLine.parse(List.of("--data-dir")))
                .hasMessage("--data-dir needs a folder");
    }

    @Test
    void anUnknownOptionIsRefusedByName() {
        assertThatThrownBy(() -> CommandLine.parse(List.of("--colour")))
                .hasMessage("unknown option: --colour");
    }

    @Test
    void helpWinsOverVersion() {
        assertThat(CommandLine.parse(List.of("--help", "--version")).action()).isEqualTo(CommandLine.Action.HELP);
    }

    @Test
    void noDemoKeepsAnEmptyDatabaseEmpty() {
        assertThat(CommandLine.parse(List.of("--no-demo")).demoOnFirstStart()).isFalse();
    }
}
