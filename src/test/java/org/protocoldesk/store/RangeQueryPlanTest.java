package org.protocoldesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.protocoldesk.store.generated.Tables.MEETING;
import static org.protocoldesk.store.generated.Tables.MEETING_ATTENDEE;
import static org.protocoldesk.store.generated.Tables.MEETING_TOPIC;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Function;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.protocoldesk.model.MeetingFilter;
import org.protocoldesk.model.Page;
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
    private static final LocalDate YEAR_START = LocalDate.of(2025, 12, 1);

    @TempDir
    static Path dataDir;
    private static Database database;
    private static String country;
    private static Long counterpart;
    private static Long topic;
    private static Long trip;

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
                new RangeQuery("events overlapping a month", s -> s.events().overlapping(MONTH_START, MONTH_END)),
                filtered("meetings of a year", new MeetingFilter(YEAR_START, MONTH_END, null, null, null, null)),
                filtered("meetings in a country", new MeetingFilter(null, null, country, null, null, null)),
                filtered("meetings in a country in a month",
                        new MeetingFilter(MONTH_START, MONTH_END, country, null, null, null)),
                filtered("meetings with a counterpart", new MeetingFilter(null, null, null, counterpart, null, null)),
                filtered("meetings about a topic", new MeetingFilter(null, null, null, null, topic, null)),
                filtered("meetings about a topic in a year",
                        new MeetingFilter(YEAR_START, MONTH_END, null, null, topic, null)),
                filtered("meetings of a trip", new MeetingFilter(null, null, null, null, null, trip)));
    }

    /** The first page of the meetings list, filtered: a filter must narrow through its index, never walk the list. */
    private static RangeQuery filtered(String name, MeetingFilter filter) {
        return new RangeQuery(name + ", filtered", s -> s.meetings().latest(filter, Page.first(100)));
    }

    @BeforeAll
    static void openTheGeneratedOffice() {
        database = Database.open(GeneratedDatabase.copyInto(dataDir, Scale.TEST, GeneratedDatabase.DEFAULT_SEED));
        DataStore data = new DataStore(database.configuration());
        // The most common value of each filter: the one that a plan walking the list would suit best.
        country = mostCommon(data, MEETING.COUNTRY_CODE, MEETING);
        counterpart = mostCommon(data, MEETING_ATTENDEE.PERSON_ID, MEETING_ATTENDEE);
        topic = mostCommon(data, MEETING_TOPIC.TOPIC_ID, MEETING_TOPIC);
        trip = mostCommon(data, MEETING.TRIP_ID, MEETING);
    }

    private static <T> T mostCommon(DataStore data, Field<T> field, Table<?> table) {
        return data.read(s -> s.dsl().select(field).from(table).where(field.isNotNull()).groupBy(field)
                .orderBy(DSL.count().desc()).limit(1).fetchSingle(field));
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
