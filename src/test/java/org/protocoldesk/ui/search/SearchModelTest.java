package org.protocoldesk.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protocoldesk.model.Person;
import org.protocoldesk.model.RecordKind;
import org.protocoldesk.model.Side;
import org.protocoldesk.service.CounterpartService;
import org.protocoldesk.service.SearchService;
import org.protocoldesk.store.StoreTestSupport;
import org.protocoldesk.ui.common.CurrentThreadTaskRunner;
import org.protocoldesk.ui.common.RecordOpener;
import org.protocoldesk.ui.shell.Section;

/** The global search's state on a real database, with the replies of the reader delivered when the test says. */
class SearchModelTest extends StoreTestSupport {
    private final CurrentThreadTaskRunner tasks = new CurrentThreadTaskRunner();
    private final List<String> opened = new ArrayList<>();
    private SearchModel model;
    private long aliyev;

    @BeforeEach
    void twoCounterparts() {
        CounterpartService counterparts = new CounterpartService(data);
        aliyev = counterparts.add(Person.builder(Side.THEIRS, "Kamran Əliyev").build()).id();
        counterparts.add(Person.builder(Side.THEIRS, "Ali Alizadeh").build());
        RecordOpener opener = new RecordOpener() {
            @Override
            public void open(Section section, long id) {
                opened.add(section + " " + id);
            }

            @Override
            public void open(RecordKind kind, long id) {
                opened.add(kind + " " + id);
            }
        };
        model = new SearchModel(tasks, new SearchService(data), opener);
    }

    private List<String> shown() {
        return model.rows().stream().map(row -> row.isHeading() ? "# " + row.kind() : row.hit().title()).toList();
    }

    @Test
    void keystrokesTypedWhileAQueryRunsAreAskedOnceAsTheNewestText() {
        model.textProperty().set("al");
        model.textProperty().set("ali");
        model.textProperty().set("aliy");

        assertThat(tasks.pendingCount()).isEqualTo(1); // "al" runs, "aliy" waits, "ali" is never asked
        tasks.runAll();
        assertThat(shown()).isEmpty(); // the reply for "al" is not shown over "aliy"
        assertThat(model.behindProperty().get()).isTrue();
        tasks.runAll();
        assertThat(shown()).containsExactly("# COUNTERPART", "Kamran Əliyev");
        assertThat(model.behindProperty().get()).isFalse();
    }

    @Test
    void aStaleReplyNeverPaintsOverTheHitsOfANewerText() {
        model.textProperty().set("aliyev");
        tasks.runAll();
        model.textProperty().set("alizadeh");
        model.textProperty().set("aliyev"); // back to the text shown: nothing is behind

        tasks.runUntilIdle();

        assertThat(shown()).containsExactly("# COUNTERPART", "Kamran Əliyev");
    }

    @Test
    void enterBeforeTheAnswerOpensItsBestHitOnceItComes() {
        model.textProperty().set("aliyev");
        model.openChosen();
        assertThat(opened).isEmpty();

        tasks.runAll();

        assertThat(opened).containsExactly("COUNTERPART " + aliyev);
    }

    @Test
    void theArrowsSkipTheHeadingsAndStayAtTheEnds() {
        model.textProperty().set("ali");
        tasks.runAll();
        assertThat(shown()).hasSize(3);
        assertThat(model.chosenProperty().get()).isEqualTo(1);

        model.move(-1);
        assertThat(model.chosenProperty().get()).isEqualTo(1);
        model.move(1);
        model.move(1);
        assertThat(model.chosenProperty().get()).isEqualTo(2);
    }
}
