package org.protocoldesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ListViewModelTest {
    private final CurrentThreadTaskRunner tasks = new CurrentThreadTaskRunner();
    private final ListViewModel<String> names = new ListViewModel<>(Function.identity());

    @Test
    void aListIsLoadingUntilItsQueryReturns() {
        names.load(tasks, () -> List.of("Yusuf Rahmon"));

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
        names.load(tasks, () -> List.of("before the demo data was removed"));
        names.load(tasks, () -> List.of());

        tasks.runAllInReverse();

        assertThat(names.matching()).isEmpty();
        assertThat(names.stateProperty().get()).isEqualTo(LoadState.LOADED);
    }

    @Test
    void aFailedLoadShowsNoRowsAndSaysItFailed() {
        loaded("Yusuf Rahmon");

        names.load(tasks, () -> {
            throw new IllegalStateException("disk gone");
        });
        tasks.runAll();

        assertThat(names.stateProperty().get()).isEqualTo(LoadState.FAILED);
        assertThat(names.total().get()).isZero();
    }

    private void loaded(String... rows) {
        names.load(tasks, () -> List.of(rows));
        tasks.runAll();
    }
}
