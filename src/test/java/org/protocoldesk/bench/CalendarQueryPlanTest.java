package org.protocoldesk.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.count;
import static org.protocoldesk.store.generated.Tables.MEETING;
import static org.protocoldesk.store.generated.Tables.MEETING_ATTENDEE;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jooq.ConnectionProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.protocoldesk.model.TimelineSubject;
import org.protocoldesk.service.CalendarService;
import org.protocoldesk.store.DataStore;
import org.protocoldesk.store.Database;
import org.protocoldesk.store.Stores;

/**
 * The calendar's, the timeline's and Today's queries on a generated office (a twentieth of a long-serving one, as
 * the planner sees the full one): no statement they send reads all meetings, invitations, follow-ups or persons. A
 * pass over a partial index (the pending invitations, the open follow-ups) reads only the rows it holds, and passes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalendarQueryPlanTest {
    /** A full pass over one of the large tables, under its name or an alias the queries give it. */
    private static final Pattern FULL_SCAN =
            Pattern.compile("\\bSCAN (meeting|invitation|follow_up|person|inviter|invitee)\\b");

    @TempDir
    static Path dir;

    private Database database;
    private DataStore data;
    private YearMonth month;
    private String busiestCountry;
    private long busiestCounterpart;

    @BeforeAll
    void open() {
        GeneratedDatabase.copyInto(dir, Scale.TEST, GeneratedDatabase.DEFAULT_SEED);
        database = Database.open(dir);
        data = new DataStore(database.configuration());
        month = YearMonth.from(Skeleton.TODAY);
        busiestCountry = data.read(s -> s.dsl().select(MEETING.COUNTRY_CODE).from(MEETING)
                .groupBy(MEETING.COUNTRY_CODE).orderBy(count().desc()).limit(1).fetchSingle().value1());
        busiestCounterpart = data.read(s -> s.dsl().select(MEETING_ATTENDEE.PERSON_ID).from(MEETING_ATTENDEE)
                .groupBy(MEETING_ATTENDEE.PERSON_ID).orderBy(count().desc()).limit(1).fetchSingle().value1());
    }

    @AfterAll
    void close() {
        database.close();
    }

    @Test
    void aMonthOfTheCalendarReadsNoLargeTableWhole() throws SQLException {
        assertNoFullScan(s -> s.calendar().between(month.atDay(1), month.atEndOfMonth()));
    }

    @Test
    void aMonthViewsOverviewReadsNoLargeTableWhole() throws SQLException {
        assertNoFullScan(s -> s.calendar().overview(month.atDay(1), month.atEndOfMonth(), 4));
    }

    @Test
    void aDayOfTheCalendarReadsNoLargeTableWhole() throws SQLException {
        assertNoFullScan(s -> s.calendar().between(Skeleton.TODAY, Skeleton.TODAY));
    }

    @Test
    void todayReadsNoLargeTableWhole() throws SQLException {
        assertNoFullScan(s -> s.today().on(Skeleton.TODAY, 60, 14, 14, 100));
    }

    @Test
    void theBusiestCountrysTimelineReadsNoLargeTableWhole() throws SQLException {
        assertNoFullScan(s -> timelineOpening(s, new TimelineSubject.OfCountry(busiestCountry)));
    }

    @Test
    void theBusiestCounterpartsTimelineReadsNoLargeTableWhole() throws SQLException {
        assertNoFullScan(s -> timelineOpening(s, new TimelineSubject.OfCounterpart(busiestCounterpart)));
    }

    @Test
    void anOlderPageOfTheBusiestCountrysTimelineReadsNoLargeTableWhole() throws SQLException {
        assertNoFullScan(s -> s.timeline().page(new TimelineSubject.OfCountry(busiestCountry),
                Skeleton.TODAY.minusYears(1), CalendarService.TIMELINE_PAGE_MEETINGS));
    }

    /** What the timeline reads as it opens: its newest page, then what is still open. */
    private static List<Object> timelineOpening(Stores s, TimelineSubject subject) {
        return List.of(s.timeline().glance(subject),
                s.timeline().page(subject, null, CalendarService.TIMELINE_PAGE_MEETINGS));
    }

    private void assertNoFullScan(Function<Stores, ?> work) throws SQLException {
        List<RecordedStatement> statements = StatementRecorder.statementsOf(database, work);
        assertThat(statements).isNotEmpty();
        List<String> scans = new ArrayList<>();
        List<String> partialIndexes = data.read(s -> s.dsl().resultQuery(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND sql LIKE '%WHERE%'").fetch(0, String.class));
        ConnectionProvider connections = database.configuration().connectionProvider();
        Connection connection = connections.acquire();
        try {
            for (RecordedStatement statement : statements) {
                for (String step : plan(connection, statement)) {
                    if (FULL_SCAN.matcher(step).find() && !walksNewestFirst(step, statement) && partialIndexes.stream().noneMatch(
                            index -> step.endsWith("USING INDEX " + index)
                                    || step.endsWith("USING COVERING INDEX " + index))) {
                        scans.add(step + "  in  " + statement.sql());
                    }
                }
            }
        } finally {
            connections.release(connection);
        }
        assertThat(scans).isEmpty();
    }

    /**
     * A walk along the meetings' date index, newest first, that stops at its LIMIT (the timeline's page of a
     * country): it reads only as many rows as it counts.
     */
    private static boolean walksNewestFirst(String step, RecordedStatement statement) {
        return step.matches("SCAN meeting USING (COVERING )?INDEX meeting_date")
                && statement.sql().matches("(?s).*order by meeting\\.local_date desc limit \\? offset \\?");
    }

    private static List<String> plan(Connection connection, RecordedStatement statement) throws SQLException {
        List<String> steps = new ArrayList<>();
        try (PreparedStatement explain = statement.prepare(connection, "EXPLAIN QUERY PLAN ");
             ResultSet rows = explain.executeQuery()) {
            while (rows.next()) {
                steps.add(rows.getString("detail"));
            }
        }
        return steps;
    }
}
