package org.protocoldesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceLockTest {
    @TempDir
    Path dir;

    @Test
    void aSecondProcessDoesNotOpenADataFolderInUse() throws Exception {
        try (Database first = Database.open(dir)) {
            ChildJvm.Result second = ChildJvm.run(SecondOpener.class, Map.of(), dir.toString());

            assertThat(second.output()).contains("refused: Protocol Desk is already running on the data folder " + dir
                    + " (process " + ProcessHandle.current().pid() + ")").doesNotContain("opened");
        }
    }

    @Test
    void theFolderIsFreeAgainOnceTheFirstCloses() throws Exception {
        Database.open(dir).close();

        assertThat(ChildJvm.run(SecondOpener.class, Map.of(), dir.toString()).output()).contains("opened");
    }

    @Test
    void theLockNamesThePortWhereTheRunningAppListens() {
        try (InstanceLock lock = InstanceLock.acquire(dir)) {
            lock.announce(45678);

            assertThatThrownBy(() -> InstanceLock.acquire(dir)).isInstanceOfSatisfying(AlreadyRunningException.class,
                    e -> assertThat(e.port()).hasValue(45678));
        }
    }
}
