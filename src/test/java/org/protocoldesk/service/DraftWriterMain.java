package org.protocoldesk.service;

import java.nio.file.Path;
import java.time.Instant;
import org.protocoldesk.model.MeetingDraft;
import org.protocoldesk.store.DataStore;
import org.protocoldesk.store.Database;

/**
 * A child process for {@link DraftSurvivesKillTest}: writes versions of one draft through the real store, as fast as
 * it can, and prints "saved N" once version N is acknowledged. It never stops by itself: it is killed.
 */
public final class DraftWriterMain {
    private DraftWriterMain() {
    }

    public static void main(String[] args) {
        Database database = Database.open(Path.of(args[0]));
        DraftService drafts = new DraftService(new DataStore(database.configuration()));
        for (long version = 1; ; version++) {
            drafts.save(new MeetingDraft(DraftSurvivesKillTest.KEY, null, "Yusuf Rahmon",
                    DraftSurvivesKillTest.content(version), Instant.now()));
            System.out.println("saved " + version);
            System.out.flush();
        }
    }
}
