package org.protocoldesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class FxThreadGuardTest extends StoreTestSupport {

    @Test
    void aQueryOnTheFxApplicationThreadIsRefused() throws Exception {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread fxNamed = new Thread(() -> {
            try {
                data.read(s -> s.countries().all());
            } catch (Throwable t) {
                failure.set(t);
            }
        }, FxThreadGuard.FX_THREAD_NAME);
        fxNamed.start();
        fxNamed.join();
        assertThat(failure.get()).isInstanceOf(QueryOnFxThreadException.class);
    }

    @Test
    void aQueryOnAWorkerThreadRuns() {
        assertThat(data.read((Stores s) -> s.countries().all())).isNotEmpty();
    }

    @Test
    void theGuardNamesTheQueryItRefused() {
        Thread.currentThread().setName(FxThreadGuard.FX_THREAD_NAME);
        try {
            assertThatThrownBy(() -> data.read(s -> s.countries().all()))
                    .isInstanceOf(QueryOnFxThreadException.class)
                    .hasMessageContaining("country");
        } finally {
            Thread.currentThread().setName("main");
        }
    }
}
