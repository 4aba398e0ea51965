package org.protocoldesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protocoldesk.model.Person;
import org.protocoldesk.model.Side;
import org.protocoldesk.store.DataStore;
import org.protocoldesk.store.Database;
import picocli.CommandLine;

class SearchCommandTest {
    @TempDir
    Path dataDir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private long aliyev;

    @BeforeEach
    void aCounterpart() {
        try (Database database = Database.open(dataDir)) {
            aliyev = new DataStore(database.configuration()).write(s -> s.persons().insert(
                    Person.builder(Side.THEIRS, "Kamran Əliyev").build()).id());
        }
    }

    private int run(String... args) {
        CommandLine commandLine = Cli.create(options -> { });
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 1];
        all[0] = "--data-dir=" + dataDir;
        System.arraycopy(args, 0, all, 1, args.length);
        return commandLine.execute(all);
    }

    @Test
    void aHitIsPrintedAsKindIdAndTitleWithExitZero() {
        assertThat(run("search", "aliyev")).isEqualTo(ExitCode.DONE);
        assertThat(out.toString()).isEqualTo("counterpart\t" + aliyev + "\tKamran Əliyev" + System.lineSeparator());
    }

    @Test
    void noHitPrintsNothingWithExitOne() {
        assertThat(run("search", "nobody")).isEqualTo(ExitCode.NEGATIVE);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void blankTextIsRefusedInOneLine() {
        assertThat(run("search", " ")).isEqualTo(ExitCode.BAD_ARGUMENTS);
        assertThat(err.toString().lines()).singleElement().asString().startsWith("protocol-desk search:");
    }
}
