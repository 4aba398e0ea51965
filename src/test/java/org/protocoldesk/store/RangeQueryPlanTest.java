package org.protocoldesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.protocoldesk.bench.GeneratedDatabase;
import org.protocoldesk.bench.Scale;

/**
 * Every query over a range of dates reaches its rows through indexes on the generated office (a twentieth of a
 * long-serving one, with the same proportions, so the planner chooses as it would at full size). A query of a new
 * screen is added here with one line.
 */
class RangeQueryPlanTest {
    private static final LocalDate MONTH_START = LocalDate.of(2026, 11, 1);
    private static final LocalDate MONTH_END = LocalDate.of(2026, 11, 30);

    @TempDir
    static Path dataDir;
    private static Database database;

    /** @param topOf the table whose first rows in an index's order the read takes, if it does (see QueryPlans) */
    record RangeQuery(String name, Function<Stores, ?> read, String topOf) {
        RangeQuery(String name, Function<Stores, ?> read) {
            this(name, read, null);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<RangeQuery> rangeQueries() {
        return Stream.of(
                new RangeQuery("the 1,000 latest meetings", s -> s.meetings().latest(1000), "meeting"),
                new RangeQuery("the meetings of a month", s -> s.meetings().between(MONTH_START, MONTH_END)),
                new RangeQuery("follow-ups due by a day", s -> s.followUps().openDueBy(MONTH_END)),
                new RangeQuery("invitations awaiting a decision", s -> s.invitations().awaitingDecision()),
                new RangeQuery("trips starting in a month", s -> s.trips().startingBetween(MONTH_START, MONTH_END)),
                new RangeQuery("events overlapping a month", s -> s.events().overlapping(MONTH_START, MONTH_END)));
    }

    @BeforeAll
    static void openTheGeneratedOffice() {
        database = Database.open(GeneratedDatabase.copyInto(dataDir, Scale.TEST, GeneratedDatabase.DEFAULT_SEED));
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rangeQueries")
    void aRangeQueryScansNoneOfTheGrowingTables(RangeQuery query) {
        assertThat(QueryPlans.fullScansOfGrowingTables(database, query.read(), query.topOf())).isEmpty();
    }
}
