package org.protocoldesk.bench;

import java.util.List;
import org.protocoldesk.model.TimelineSubject;
import org.protocoldesk.model.Page;
import org.protocoldesk.service.CalendarService;
import org.protocoldesk.ui.common.ListViewModel;

/**
 * Every path the benchmark measures. Adding one is one line here: an id, what it is, its p95 target in milliseconds
 * and the read through the app's stores; its plain-JDBC twin is derived by recording the SQL the read sends.
 */
final class BenchPaths {
    /** A list screen shows its first rows within this (issue 8). */
    private static final double LIST_SCREEN_MS = 100;
    /** Search results follow each keystroke within this. */
    private static final double KEYSTROKE_MS = 16;
    /** What the search pop-up asks for (ui.search.SearchModel.ASKED). */
    private static final int SEARCH_HITS = 60;
    /** A month of the calendar's data; a week and a day are held to the same. */
    private static final double CALENDAR_MS = 10;
    private static final double TIMELINE_MS = 50;
    /** The rest of a long list comes in the background while the first rows are shown: no target of its own. */
    private static final double REST_MS = 1000;
    private static final double TODAY_MS = 10;
    /** A report's read leaves most of its 1 to 1.5 s to composing and rendering (issue 7). */
    private static final double REPORT_READ_MS = 500;
    private static final Page FIRST_ROWS = Page.first(ListViewModel.FIRST_PAGE);

    static final List<BenchPath> ALL = List.of(
            new BenchPath("counterparts.first", "Counterparts list screen: first rows", LIST_SCREEN_MS,
                    (s, f) -> s.persons().counterpartSummaries(FIRST_ROWS)),
            new BenchPath("counterparts", "Counterparts: all 20,000 (loaded after the first rows)", REST_MS,
                    (s, f) -> s.persons().counterpartSummaries()),
            new BenchPath("organisations.first", "Organisations list screen: first rows", LIST_SCREEN_MS,
                    (s, f) -> s.organisations().summaries(FIRST_ROWS)),
            new BenchPath("organisations", "Organisations: all 2,000 (loaded after the first rows)", REST_MS,
                    (s, f) -> s.organisations().summaries()),
            new BenchPath("meetings.first", "Meetings list screen: first rows", LIST_SCREEN_MS,
                    (s, f) -> s.meetings().latest(FIRST_ROWS)),
            new BenchPath("meetings.latest1000", "MeetingStore.latest(1000)", LIST_SCREEN_MS,
                    (s, f) -> s.meetings().latest(1000)),
            new BenchPath("meetings.month", "MeetingStore.between() over one month", LIST_SCREEN_MS,
                    (s, f) -> s.meetings().between(f.lastMonth().from(), f.lastMonth().to())),
            new BenchPath("invitations.first", "Invitations list screen: first rows", LIST_SCREEN_MS,
                    (s, f) -> s.invitations().summaries(FIRST_ROWS)),
            new BenchPath("invitations", "Invitations: all 30,000 (loaded after the first rows)", REST_MS,
                    (s, f) -> s.invitations().summaries()),
            new BenchPath("followups.first", "Follow-ups list screen: first rows of the open ones", LIST_SCREEN_MS,
                    (s, f) -> s.followUps().open(FIRST_ROWS)),
            new BenchPath("followups.open", "Open follow-ups: all (loaded after the first rows)", REST_MS,
                    (s, f) -> s.followUps().open()),
            new BenchPath("trips", "Trips list screen", LIST_SCREEN_MS,
                    (s, f) -> s.trips().summaries()),
            // The global search as one types "aliyev", then a word that starts a word in most records of the office.
            keystroke("search.keystroke1", "1st keystroke", "a"),
            keystroke("search.keystroke2", "2nd keystroke", "al"),
            keystroke("search.keystroke3", "3rd keystroke", "ali"),
            keystroke("search.keystroke4", "4th keystroke", "aliy"),
            keystroke("search.keystroke5", "5th keystroke", "aliye"),
            keystroke("search.keystroke6", "6th keystroke", "aliyev"),
            keystroke("search.ministry2", "2nd keystroke of a common word", "mi"),
            keystroke("search.ministry3", "3rd keystroke of a common word", "min"),
            keystroke("search.ministry4", "4th keystroke of a common word", "mini"),
            keystroke("search.ministry8", "8th keystroke of a common word", "ministry"),
            new BenchPath("calendar.month", "Calendar, a month slice whole (CalendarQueries.between): what a week, "
                    + "a day or a filtered month loads", CALENDAR_MS,
                    (s, f) -> s.calendar().between(f.lastMonth().from(), f.lastMonth().to())),
            new BenchPath("calendar.month.overview", "Calendar, what a month view reads of a month "
                    + "(CalendarQueries.overview: of each day the first entries of each kind, the rest counted)",
                    CALENDAR_MS, (s, f) -> s.calendar().overview(f.lastMonth().from(), f.lastMonth().to(),
                            CalendarService.MONTH_CELL_ENTRIES)),
            new BenchPath("calendar.week", "Calendar, the last week of the month", CALENDAR_MS,
                    (s, f) -> s.calendar().between(f.lastMonth().to().minusDays(6), f.lastMonth().to())),
            new BenchPath("calendar.day", "Calendar, one day as an agenda", CALENDAR_MS,
                    (s, f) -> s.calendar().between(f.today(), f.today())),
            new BenchPath("timeline.country", "Timeline of the busiest country as it opens: its newest page",
                    TIMELINE_MS, (s, f) -> s.timeline().page(new TimelineSubject.OfCountry(f.busiestCountry()), null,
                            CalendarService.TIMELINE_PAGE_MEETINGS)),
            new BenchPath("timeline.country.glance", "Timeline of the busiest country: what is still open, counted "
                    + "after the page shows", TIMELINE_MS,
                    (s, f) -> s.timeline().glance(new TimelineSubject.OfCountry(f.busiestCountry()))),
            new BenchPath("timeline.country.older", "Timeline of the busiest country: a page a year back, on scrolling",
                    TIMELINE_MS, (s, f) -> s.timeline().page(new TimelineSubject.OfCountry(f.busiestCountry()),
                            f.today().minusYears(1), CalendarService.TIMELINE_PAGE_MEETINGS)),
            new BenchPath("timeline.counterpart", "Timeline of the busiest counterpart as it opens: its newest page "
                    + "and what is still open", TIMELINE_MS, (s, f) -> {
                        TimelineSubject subject = new TimelineSubject.OfCounterpart(f.busiestCounterpart());
                        return List.of(s.timeline().page(subject, null, CalendarService.TIMELINE_PAGE_MEETINGS),
                                s.timeline().glance(subject));
                    }),
            new BenchPath("today", "Today (TodayQueries.on)", TODAY_MS,
                    (s, f) -> s.today().on(f.today(), CalendarService.TODAY_DAYS_AHEAD,
                            CalendarService.TODAY_FOLLOW_UPS_DUE_WITHIN, CalendarService.TODAY_RECENT_MEETING_DAYS,
                            CalendarService.TODAY_MOST_URGENT)),
            // What the report exports of ReportPaths read, alone: the rest of their time is composing and rendering.
            new BenchPath("report.trip.read", "Trip report's read (TripReportQueries), 40 meetings", REPORT_READ_MS,
                    (s, f) -> s.tripReports().tripReport(f.reportTrip())),
            new BenchPath("report.briefing.read", "Briefing's read (BriefingQueries.adHoc), 10 counterparts",
                    REPORT_READ_MS, (s, f) -> s.briefings().adHoc(f.busiestCountry(), f.today(), f.today().plusDays(2),
                            f.briefingCounterparts(), f.today())));

    private BenchPaths() {
    }

    /** The global search's read (issue 5) once {@code typed} is typed: one read per keystroke. */
    private static BenchPath keystroke(String id, String which, String typed) {
        return new BenchPath(id, "Global search, " + which + ": \"" + typed + "\"", KEYSTROKE_MS,
                (s, f) -> s.search().search(typed, SEARCH_HITS));
    }

    static BenchPath byId(String id) {
        return ALL.stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No bench path " + id));
    }
}
