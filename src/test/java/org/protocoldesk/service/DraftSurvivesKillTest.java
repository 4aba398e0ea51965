package org.protocoldesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protocoldesk.model.MeetingDraft;
import org.protocoldesk.store.DataStore;
import org.protocoldesk.store.Database;

/** A draft acknowledged before the app is killed with SIGKILL (kill -9) is there when the database is opened again. */
class DraftSurvivesKillTest {
    static final String KEY = "draft-killed";
    private static final String PREFIX = "{\"summary\":\"version ";
    private static final long KILL_AFTER = 40;

    static String content(long version) {
        return PREFIX + version + "\"}";
    }

    /** SIGKILL, as {@code kill -9} sends it: no shutdown hook runs, nothing is closed. */
    private static void killNine(Process child) throws Exception {
        new ProcessBuilder("kill", "-9", Long.toString(child.pid())).inheritIO().start().waitFor();
    }

    @Test
    void theLastAcknowledgedDraftSurvivesAKillNine(@TempDir Path dataDir) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), DraftWriterMain.class.getName(), dataDir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        long lastAcknowledged = 0;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("saved ")) {
                    lastAcknowledged = Long.parseLong(line.substring("saved ".length()));
                    if (lastAcknowledged == KILL_AFTER) {
                        killNine(child);
                    }
                }
            }
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(child.exitValue()).as("killed, not ended").isEqualTo(137);
        assertThat(lastAcknowledged).isGreaterThanOrEqualTo(KILL_AFTER);
        long acknowledged = lastAcknowledged;

        try (Database reopened = Database.open(dataDir)) {
            List<MeetingDraft> waiting = new DraftService(new DataStore(reopened.configuration())).waiting();
            assertThat(waiting).singleElement().satisfies(draft -> {
                long version = Long.parseLong(draft.content().substring(PREFIX.length(), draft.content().length() - 2));
                // The kill may land after a commit and before its "saved" line: one version more is fine, less is not.
                assertThat(version).isBetween(acknowledged, acknowledged + 1);
            });
        }
    }
}
