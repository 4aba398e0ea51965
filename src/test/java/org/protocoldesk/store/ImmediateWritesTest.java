package org.protocoldesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protocoldesk.model.Country;

class ImmediateWritesTest {
    @TempDir
    Path tmp;

    @Test
    void aWriteThatReadsFirstWaitsForAnotherWriterInsteadOfFailingBusy() throws Exception {
        try (Database database = Database.open(tmp);
             Connection other = DriverManager.getConnection("jdbc:sqlite:" + database.file());
             Statement otherWrites = other.createStatement()) {
            DataStore data = new DataStore(database.configuration());
            otherWrites.execute("PRAGMA busy_timeout = 10000");
            otherWrites.execute("BEGIN IMMEDIATE");
            otherWrites.execute("INSERT INTO country (code, name) VALUES ('XA', 'Test land A')");
            CountDownLatch readDone = new CountDownLatch(1);

            CompletableFuture<Boolean> write = CompletableFuture.supplyAsync(() -> data.write(s -> {
                boolean seen = s.countries().find("XA").isPresent();
                readDone.countDown();
                s.countries().save(new Country("XB", "Test land B"));
                return seen;
            }));
            // Deferred, the write has read by now and fails on its insert once the other commits; IMMEDIATE, it waits.
            readDone.await(3, TimeUnit.SECONDS);
            otherWrites.execute("COMMIT");

            assertThat(write.get(20, TimeUnit.SECONDS)).isTrue();
            assertThat(data.read((Stores s) -> s.countries().find("XB"))).isPresent();
        }
    }
}
