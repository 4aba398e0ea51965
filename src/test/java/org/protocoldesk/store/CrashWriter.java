package org.protocoldesk.store;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.protocoldesk.model.Meeting;
import org.protocoldesk.model.MeetingKind;
import org.protocoldesk.model.Outcome;
import org.protocoldesk.model.OutcomeKind;

/**
 * The process the crash test kills: writes meetings with outcomes through the real store, one transaction each, and
 * prints {@code ack ID} only once a save returned, which is when the app would tell the user it is saved.
 */
public final class CrashWriter {
    private CrashWriter() {
    }

    /** How many outcomes the meeting with this summary number carries: 1 to 4, so a half-written one shows. */
    static int outcomesOf(long number) {
        return 1 + (int) (number % 4);
    }

    public static void main(String[] args) {
        try (Database database = Database.open(Path.of(args[0]))) {
            DataStore data = new DataStore(database.configuration());
            for (long n = System.nanoTime(); ; n++) {
                Meeting next = meeting(n);
                Meeting saved = data.write(stores -> stores.meetings().insert(next));
                System.out.println("ack " + saved.id());
                System.out.flush();
            }
        }
    }

    private static Meeting meeting(long number) {
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < outcomesOf(number); i++) {
            outcomes.add(new Outcome(OutcomeKind.AGREEMENT, "Outcome " + (i + 1) + " of meeting " + number));
        }
        return new Meeting(null, MeetingKind.SIDELINE, "Crash test meeting", LocalDate.of(2024, 5, 16),
                LocalTime.of(10, 30), null, ZoneId.of("Asia/Dushanbe"), "Hall B", "Dushanbe", null, null, null,
                String.valueOf(number), List.of(), List.of("Crash test"), outcomes);
    }
}
