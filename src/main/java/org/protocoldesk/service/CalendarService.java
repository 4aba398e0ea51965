package org.protocoldesk.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.protocoldesk.model.CalendarItem;
import org.protocoldesk.model.CalendarOverview;
import org.protocoldesk.model.Country;
import org.protocoldesk.model.TimelineChoice;
import org.protocoldesk.model.TimelineGlance;
import org.protocoldesk.model.TimelinePage;
import org.protocoldesk.model.TimelineSubject;
import org.protocoldesk.model.TodayAgenda;
import org.protocoldesk.store.DataStore;

/** The calendar, the timelines and Today: each one read transaction. Methods block: call them through the {@link TaskRunner}. */
public final class CalendarService {
    public static final int TODAY_DAYS_AHEAD = 60;
    public static final int TODAY_FOLLOW_UPS_DUE_WITHIN = 14;
    public static final int TODAY_RECENT_MEETING_DAYS = 14;
    /** Invitations and follow-ups Today lists, the most urgent first; its badges count them all. */
    public static final int TODAY_MOST_URGENT = 100;
    /** The meetings a page of a timeline holds at least: a few screens of the list, read in a few milliseconds. */
    public static final int TIMELINE_PAGE_MEETINGS = 100;
    /** The entries a day of the month view lists before its "+N more": of each kind, no more are read. */
    public static final int MONTH_CELL_ENTRIES = 4;

    private final DataStore data;

    public CalendarService(DataStore data) {
        this.data = data;
    }

    /** The items on at least one day from {@code from} to {@code to}, both included. */
    public List<CalendarItem> between(LocalDate from, LocalDate to) {
        return data.read(s -> s.calendar().between(from, to));
    }

    /**
     * What a month view shows of the days from {@code from} to {@code to}: every entry, except that of each day's
     * meetings, reply deadlines and follow-ups due only the first {@link #MONTH_CELL_ENTRIES} of each kind, with how
     * many more there are.
     */
    public CalendarOverview overview(LocalDate from, LocalDate to) {
        return data.read(s -> s.calendar().overview(from, to, MONTH_CELL_ENTRIES));
    }

    /** Country names by ISO code: a small table, read whole for the pickers. */
    public Map<String, String> countryNames() {
        return data.read(s -> s.countries().all().stream().collect(Collectors.toMap(Country::code, Country::name)));
    }

    /** The newest page of the subject's timeline, of at least {@code meetings} meetings: what the view opens on. */
    public TimelinePage timeline(TimelineSubject subject, int meetings) {
        return data.read(s -> s.timeline().page(subject, null, meetings));
    }

    /** What is still open with the subject over its whole history: read beside the newest page, shown when counted. */
    public TimelineGlance timelineGlance(TimelineSubject subject) {
        return data.read(s -> s.timeline().glance(subject));
    }

    /** The page of the subject's timeline before the day {@code before}, as the view scrolls back. */
    public TimelinePage olderTimeline(TimelineSubject subject, LocalDate before, int meetings) {
        return data.read(s -> s.timeline().page(subject, before, meetings));
    }

    /** Counterparts, organisations and countries whose name contains {@code text}, for the timeline's picker. */
    public List<TimelineChoice> timelineChoices(String text, int limit) {
        return data.read(s -> s.timeline().choices(text, limit));
    }

    public TodayAgenda today(LocalDate today) {
        return data.read(s -> s.today().on(today, TODAY_DAYS_AHEAD, TODAY_FOLLOW_UPS_DUE_WITHIN,
                TODAY_RECENT_MEETING_DAYS, TODAY_MOST_URGENT));
    }
}
