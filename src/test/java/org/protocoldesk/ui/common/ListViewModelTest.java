package org.protocoldesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.protocoldesk.model.Page;

class ListViewModelTest {
    private final CurrentThreadTaskRunner tasks = new CurrentThreadTaskRunner();
    private final ListViewModel<String> names = new ListViewModel<>(Function.identity());

    @Test
    void aListIsLoadingUntilItsQueryReturns() {
        names.load(tasks, PagedQuery.whole(() -> List.of("Yusuf Rahmon")));

        assertThat(names.stateProperty().get()).isEqualTo(LoadState.LOADING);
        tasks.runAll();
        assertThat(names.stateProperty().get()).isEqualTo(LoadState.LOADED);
        assertThat(names.matching()).containsExactly("Yusuf Rahmon");
    }

    @Test
    void theFilterIgnoresAccentsAndCase() {
        loaded("Kamran Əliyev", "Yusuf Rahmon");

        names.filterProperty().set("ALIYEV");

        assertThat(names.matching()).containsExactly("Kamran Əliyev");
    }

    @Test
    void everyWordOfTheFilterMustOccurInAnyOrder() {
        loaded("Mohammad Movahedi-Azad", "Mohammad Jafar Montazeri");

        names.filterProperty().set("azad  mohammad");

        assertThat(names.matching()).containsExactly("Mohammad Movahedi-Azad");
    }

    @Test
    void clearingTheFilterShowsEveryRowAgain() {
        loaded("Kamran Əliyev", "Yusuf Rahmon");
        names.filterProperty().set("rahmon");

        names.filterProperty().set(" ");

        assertThat(names.matching()).hasSize(2);
        assertThat(names.shown().get()).isEqualTo(names.total().get());
    }

    @Test
    void aNewLoadKeepsTheFilter() {
        loaded("Kamran Əliyev");
        names.filterProperty().set("rahmon");

        loaded("Kamran Əliyev", "Yusuf Rahmon");

        assertThat(names.matching()).containsExactly("Yusuf Rahmon");
    }

    @Test
    void anOlderLoadThatReturnsLateDoesNotOverwriteANewerOne() {
        names.load(tasks, PagedQuery.whole(() -> List.of("before the demo data was removed")));
        names.load(tasks, PagedQuery.whole(List::of));

        tasks.runAllInReverse();

        assertThat(names.matching()).isEmpty();
        assertThat(names.stateProperty().get()).isEqualTo(LoadState.LOADED);
    }

    @Test
    void aFailedLoadShowsNoRowsAndSaysItFailed() {
        loaded("Yusuf Rahmon");

        names.load(tasks, PagedQuery.whole(() -> {
            throw new IllegalStateException("disk gone");
        }));
        tasks.runAll();

        assertThat(names.stateProperty().get()).isEqualTo(LoadState.FAILED);
        assertThat(names.total().get()).isZero();
    }

    @Test
    void aLongListShowsItsFirstRowsAtOnceAndTheRestAfter() {
        List<String> all = numbered("Counterpart", ListViewModel.FIRST_PAGE * 2 + 50);

        names.load(tasks, pagesOf(all));
        tasks.runAll();
        assertThat(names.stateProperty().get()).isEqualTo(LoadState.LOADED);
        assertThat(names.matching()).containsExactlyElementsOf(all.subList(0, ListViewModel.FIRST_PAGE));

        tasks.runAll();
        assertThat(names.matching()).containsExactlyElementsOf(all);
    }

    @Test
    void theFilterFindsRowsOfTheRestOnceTheyCome() {
        List<String> all = new ArrayList<>(numbered("Counterpart", ListViewModel.FIRST_PAGE));
        all.add("Kamran Əliyev");
        names.load(tasks, pagesOf(all));
        tasks.runAll();
        names.filterProperty().set("aliyev");
        assertThat(names.matching()).isEmpty();

        tasks.runAll();

        assertThat(names.matching()).containsExactly("Kamran Əliyev");
    }

    @Test
    void aShortListIsReadOnce() {
        List<Page> asked = new ArrayList<>();
        names.load(tasks, page -> {
            asked.add(page);
            return List.of("Yusuf Rahmon");
        });
        tasks.runAll();
        tasks.runAll();

        assertThat(asked).containsExactly(Page.first(ListViewModel.FIRST_PAGE));
        assertThat(names.matching()).containsExactly("Yusuf Rahmon");
    }

    @Test
    void theRestOfAnOlderLoadIsNotAddedToANewerOne() {
        names.load(tasks, pagesOf(numbered("before the demo data was removed", ListViewModel.FIRST_PAGE + 10)));
        tasks.runAll();

        names.load(tasks, pagesOf(List.of("Yusuf Rahmon")));
        tasks.runAll();

        assertThat(names.matching()).containsExactly("Yusuf Rahmon");
    }

    @Test
    void aWholeQueryOfExactlyAFirstPageIsReadOnceAndShownOnce() {
        List<String> all = numbered("Organisation", ListViewModel.FIRST_PAGE);
        List<Integer> reads = new ArrayList<>();
        names.load(tasks, PagedQuery.whole(() -> {
            reads.add(1);
            return all;
        }));
        tasks.runAll();
        tasks.runAll();

        assertThat(reads).hasSize(1);
        assertThat(names.matching()).containsExactlyElementsOf(all);
    }

    private static List<String> numbered(String name, int count) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(name + " " + i);
        }
        return rows;
    }

    private static PagedQuery<String> pagesOf(List<String> rows) {
        return page -> rows.subList(Math.min(page.offset(), rows.size()),
                (int) Math.min(rows.size(), (long) page.offset() + page.limit()));
    }

    private void loaded(String... rows) {
        names.load(tasks, PagedQuery.whole(() -> List.of(rows)));
        tasks.runAll();
    }
}
