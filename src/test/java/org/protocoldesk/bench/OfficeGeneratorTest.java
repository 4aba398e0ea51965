package org.protocoldesk.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.protocoldesk.store.generated.Tables.PERSON;

import java.nio.file.Path;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protocoldesk.store.Database;

class OfficeGeneratorTest {
    private static final Scale TINY = new Scale("tiny", 0.005);

    @TempDir
    Path tmp;

    @Test
    void theSameScaleAndSeedGiveTheSameRows() {
        assertThat(fingerprint(tmp.resolve("a"), 7)).isEqualTo(fingerprint(tmp.resolve("b"), 7))
                .isNotEqualTo(fingerprint(tmp.resolve("c"), 8));
    }

    @Test
    void theOfficeHasTheCountsOfItsScaleAndAboutTwoAndAHalfAttendeesAMeeting() {
        try (Database database = open(tmp.resolve("office"), 1)) {
            DSLContext db = DSL.using(database.configuration());
            assertThat(count(db, "person WHERE side = 'theirs'")).isEqualTo(TINY.counterparts());
            assertThat(count(db, "organisation")).isEqualTo(TINY.organisations());
            assertThat(count(db, "meeting")).isEqualTo(TINY.meetings());
            assertThat(count(db, "invitation")).isEqualTo(TINY.invitations());
            assertThat(count(db, "follow_up")).isEqualTo(TINY.followUps());
            assertThat(count(db, "meeting_attendee") / (double) TINY.meetings()).isBetween(2.2, 3.0);
            assertThat(count(db, "meeting WHERE local_date < '2011-12-01' OR local_date > '2026-11-30'")).isZero();
        }
    }

    @Test
    void namesAreWrittenWithTheLettersOfTheirCountries() {
        try (Database database = open(tmp.resolve("names"), 1)) {
            List<String> names = DSL.using(database.configuration()).fetchValues(PERSON.FULL_NAME);
            assertThat(names).anyMatch(n -> n.contains("ə")).anyMatch(n -> n.contains("ş") || n.contains("ğ"))
                    .anyMatch(n -> n.chars().anyMatch(c -> Character.UnicodeBlock.of(c)
                            == Character.UnicodeBlock.CYRILLIC));
        }
    }

    private String fingerprint(Path dir, long seed) {
        try (Database database = open(dir, seed)) {
            return String.valueOf(DSL.using(database.configuration()).fetchValue("""
                    SELECT (SELECT group_concat(full_name, '|') FROM person)
                        || (SELECT group_concat(local_date || coalesce(start_time, '') || country_code, '|') FROM meeting)
                        || (SELECT group_concat(meeting_id || '-' || person_id, '|') FROM meeting_attendee)
                        || (SELECT group_concat(coalesce(due_date, '') || status, '|') FROM follow_up)
                    """));
        }
    }

    private static Database open(Path dir, long seed) {
        OfficeGenerator.generate(dir, TINY, seed);
        return Database.open(dir);
    }

    private static int count(DSLContext db, String from) {
        return ((Number) db.fetchValue("SELECT count(*) FROM " + from)).intValue();
    }
}
