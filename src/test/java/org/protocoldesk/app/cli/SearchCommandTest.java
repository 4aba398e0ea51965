package org.protocoldesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protocoldesk.model.Person;
import org.protocoldesk.model.Side;
import org.protocoldesk.store.DataStore;
import org.protocoldesk.store.Database;

class SearchCommandTest {
    @TempDir
    Path dataDir;
    private CommandRunner cli;
    private long aliyev;

    @BeforeEach
    void aCounterpart() {
        cli = new CommandRunner(dataDir);
        try (Database database = Database.open(dataDir)) {
            aliyev = new DataStore(database.configuration()).write(s -> s.persons().insert(
                    Person.builder(Side.THEIRS, "Kamran Əliyev").build()).id());
        }
    }


    @Test
    void aHitIsPrintedAsKindIdAndTitleWithExitZero() {
        assertThat(cli.run("search", "aliyev")).isEqualTo(ExitCode.DONE);
        assertThat(cli.out()).isEqualTo("counterpart\t" + aliyev + "\tKamran Əliyev" + System.lineSeparator());
    }

    @Test
    void noHitPrintsNothingWithExitOne() {
        assertThat(cli.run("search", "nobody")).isEqualTo(ExitCode.NEGATIVE);
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void blankTextIsRefusedInOneLine() {
        assertThat(cli.run("search", " ")).isEqualTo(ExitCode.BAD_ARGUMENTS);
        assertThat(cli.err().lines()).singleElement().asString().startsWith("protocol-desk search:");
    }
}
