package org.protocoldesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protocoldesk.model.OrganisationSummary;
import org.protocoldesk.service.ExecutorTaskRunner;
import org.protocoldesk.service.OrganisationService;
import org.protocoldesk.store.DataStore;
import org.protocoldesk.store.Database;
import org.protocoldesk.store.QueryOnFxThreadException;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The app's threading on the real FX thread: queries there are refused, and the task runner keeps them off it. */
class TaskRunnerThreadTest {
    @TempDir
    Path dataDir;
    private Database database;
    private OrganisationService organisations;

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void openDatabase() {
        database = Database.open(dataDir);
        organisations = new OrganisationService(new DataStore(database.configuration()));
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void aStoreCallOnTheFxThreadIsRefused() throws Exception {
        CompletableFuture<Throwable> refusal = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                organisations.summaries();
                refusal.complete(null);
            } catch (Throwable t) {
                refusal.complete(t);
            }
        });

        assertThat(refusal.get(10, TimeUnit.SECONDS)).isInstanceOf(QueryOnFxThreadException.class);
    }

    @Test
    void theAppsTaskRunnerQueriesOffTheFxThreadAndAnswersOnIt() throws Exception {
        CompletableFuture<Boolean> queriedOnFx = new CompletableFuture<>();
        CompletableFuture<Boolean> answeredOnFx = new CompletableFuture<>();
        CompletableFuture<Throwable> failure = new CompletableFuture<>();
        try (ExecutorTaskRunner tasks = new ExecutorTaskRunner(Platform::runLater, inFlight -> { })) {
            WaitForAsyncUtils.asyncFx(() -> tasks.read(() -> {
                queriedOnFx.complete(Platform.isFxApplicationThread());
                return organisations.summaries();
            }, (List<OrganisationSummary> rows) -> answeredOnFx.complete(Platform.isFxApplicationThread()),
                    failure::complete)).get();

            assertThat(queriedOnFx.get(10, TimeUnit.SECONDS)).isFalse();
            assertThat(answeredOnFx.get(10, TimeUnit.SECONDS)).isTrue();
            assertThat(failure).isNotDone();
        }
    }
}
