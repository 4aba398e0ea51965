package org.protocoldesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How SQLite tests itself: a writer process is killed with SIGKILL at random moments, again and again on the same
 * data folder; after each kill the database must be whole and hold every meeting that was acknowledged, each with
 * all its outcomes, and no meeting half-written. {@code -Pstress} raises the number of kills to 500.
 */
class CrashTest {
    private static final int KILLS = Integer.getInteger("crash.kills", 25);

    @TempDir
    Path dir;

    @Test
    void killingTheWriterAtRandomMomentsLosesNoAcknowledgedMeeting() throws Exception {
        Random random = new Random(Long.getLong("crash.seed", System.nanoTime()));
        Database.open(dir).close();
        Set<Long> acknowledged = new HashSet<>();
        long lost = 0;
        for (int kill = 1; kill <= KILLS; kill++) {
            acknowledged.addAll(runAndKill(random.nextInt(0, 1000)));
            Map<Long, String> problems = check(acknowledged);
            lost += problems.size();
            assertThat(problems).as("after kill %d", kill).isEmpty();
        }
        System.out.printf("crash test: kills=%d acknowledged=%d lost=%d%n", KILLS, acknowledged.size(), lost);
        assertThat(acknowledged).hasSizeGreaterThan(KILLS);
    }

    /** Starts a writer, kills it {@code afterMillis} into its writing, returns the ids it acknowledged. */
    private Set<Long> runAndKill(int afterMillis) throws IOException, InterruptedException {
        Process writer = ChildJvm.builder(CrashWriter.class, List.of("-Xshare:auto", "-XX:TieredStopAtLevel=1"),
                dir.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Set<Long> acks = new HashSet<>();
        CountDownLatch writing = new CountDownLatch(1);
        Thread reader = new Thread(() -> readAcks(writer, acks, writing));
        reader.start();
        // The moment is random within the writing, not within the JVM's start, whose length depends on the machine.
        writing.await(60, TimeUnit.SECONDS);
        if (writer.waitFor(afterMillis, TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the writer ended by itself with status " + writer.exitValue());
        }
        writer.destroyForcibly(); // SIGKILL: no shutdown hook, no close, mid-transaction
        writer.waitFor();
        reader.join();
        synchronized (acks) {
            return new HashSet<>(acks);
        }
    }

    private static void readAcks(Process writer, Set<Long> acks, CountDownLatch writing) {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.matches("ack \\d+")) { // a line cut by the kill was never acknowledged
                    synchronized (acks) {
                        acks.add(Long.parseLong(line.substring(4)));
                    }
                    writing.countDown();
                }
            }
        } catch (IOException killed) {
            // the pipe closes with the process
        }
    }

    /** What is wrong after a kill, by meeting id (0 for the whole file); empty when all is well. */
    private Map<Long, String> check(Set<Long> acknowledged) throws SQLException {
        Map<Long, String> problems = new HashMap<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Database.FILE_NAME));
             Statement statement = connection.createStatement()) {
            String integrity = single(statement, "PRAGMA integrity_check");
            if (!"ok".equals(integrity)) {
                problems.put(0L, "integrity_check: " + integrity);
            }
            try (ResultSet broken = statement.executeQuery("PRAGMA foreign_key_check")) {
                if (broken.next()) {
                    problems.put(0L, "foreign_key_check: " + broken.getString(1));
                }
            }
            Map<Long, long[]> stored = new HashMap<>();
            try (ResultSet rows = statement.executeQuery("SELECT m.id, m.summary, (SELECT count(*) FROM outcome o "
                    + "WHERE o.meeting_id = m.id) FROM meeting m")) {
                while (rows.next()) {
                    stored.put(rows.getLong(1), new long[] {Long.parseLong(rows.getString(2)), rows.getLong(3)});
                }
            }
            stored.forEach((id, meeting) -> {
                if (meeting[1] != CrashWriter.outcomesOf(meeting[0])) {
                    problems.put(id, "half-written: " + meeting[1] + " outcomes");
                }
            });
            acknowledged.stream().filter(id -> !stored.containsKey(id)).forEach(id -> problems.put(id, "lost"));
        }
        return problems;
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
