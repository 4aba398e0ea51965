package org.protocoldesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.protocoldesk.store.generated.Tables.ORGANISATION;
import static org.protocoldesk.store.generated.Tables.PERSON;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protocoldesk.bench.RecordedStatement;
import org.protocoldesk.bench.StatementRecorder;
import org.protocoldesk.model.FollowUpStatus;
import org.protocoldesk.model.InvitationStatus;
import org.protocoldesk.model.TimelineEntry;
import org.protocoldesk.model.TimelineGlance;
import org.protocoldesk.model.TimelineKind;
import org.protocoldesk.model.TimelinePage;
import org.protocoldesk.model.TimelineSubject;
import org.protocoldesk.service.DemoDataService;

/** Timelines on the demo data, which holds the hand-over of the ECO Secretary General in 2024. */
class TimelineQueriesTest extends StoreTestSupport {
    private static final Comparator<TimelineEntry> ORDER = Comparator.comparing(TimelineEntry::start)
            .thenComparing(TimelineEntry::kind).thenComparing(TimelineEntry::recordId);

    @BeforeEach
    void demoData() {
        new DemoDataService(data).load();
    }

    private long organisation(String shortName) {
        return data.read(s -> s.dsl().select(ORGANISATION.ID).from(ORGANISATION)
                .where(ORGANISATION.SHORT_NAME.eq(shortName)).fetchSingle().value1());
    }

    private long person(String fullName) {
        return data.read(s -> s.dsl().select(PERSON.ID).from(PERSON).where(PERSON.FULL_NAME.eq(fullName))
                .fetchSingle().value1());
    }

    /** The whole timeline, read as one page. */
    private List<TimelineEntry> timeline(TimelineSubject subject) {
        TimelinePage whole = data.read(s -> s.timeline().page(subject, null, Integer.MAX_VALUE));
        assertThat(whole.hasOlder()).isFalse();
        return whole.entries();
    }

    /** The timeline read back a page of {@code meetings} meetings at a time, newest page first. */
    private List<TimelinePage> pages(TimelineSubject subject, int meetings) {
        List<TimelinePage> pages = new ArrayList<>();
        LocalDate before = null;
        do {
            LocalDate end = before;
            pages.add(data.read(s -> s.timeline().page(subject, end, meetings)));
            before = pages.get(pages.size() - 1).from().orElse(null);
        } while (before != null);
        return pages;
    }

    @Test
    void theEcoTimelineShowsTheSecretaryGeneralHandOverFromNoziriToKhan() {
        List<TimelineEntry> eco = timeline(new TimelineSubject.OfOrganisation(organisation("ECO")));

        assertThat(eco).filteredOn(e -> e.kind() == TimelineKind.POST && e.title().equals("Secretary General"))
                .extracting(TimelineEntry::people, TimelineEntry::start, TimelineEntry::end, TimelineEntry::ongoing)
                .containsExactly(
                        // each is seen in post on one day; the reports give no term
                        tuple(List.of("Khusrav Noziri"), LocalDate.of(2024, 5, 16), LocalDate.of(2024, 5, 16), false),
                        tuple(List.of("Asad M. Khan"), LocalDate.of(2024, 11, 15), LocalDate.of(2024, 11, 15), false));
        // Meetings with the organisation are those with whoever held a post there on the day.
        assertThat(eco).filteredOn(e -> e.kind() == TimelineKind.MEETING)
                .extracting(TimelineEntry::start)
                .contains(LocalDate.of(2024, 5, 16), LocalDate.of(2024, 11, 15));
        assertThat(eco).filteredOn(e -> e.kind() == TimelineKind.MEETING && e.start().equals(LocalDate.of(2024, 11, 15)))
                .allSatisfy(e -> assertThat(e.people()).contains("Asad M. Khan").doesNotContain("Khusrav Noziri"));
    }

    @Test
    void aCounterpartsTimelineIsChronologicalWithTheirPostAndMeetings() {
        List<TimelineEntry> noziri = timeline(new TimelineSubject.OfCounterpart(person("Khusrav Noziri")));

        assertThat(noziri).extracting(TimelineEntry::start).isSorted();
        assertThat(noziri).extracting(TimelineEntry::kind).contains(TimelineKind.POST, TimelineKind.MEETING,
                TimelineKind.EVENT);
        assertThat(noziri).filteredOn(e -> e.kind() == TimelineKind.MEETING)
                .allSatisfy(e -> assertThat(e.start()).isEqualTo(LocalDate.of(2024, 5, 16)));
    }

    @Test
    void aCountrysTimelineHasTheMeetingsHeldThereAndTheEventsItHosted() {
        List<TimelineEntry> tajikistan = timeline(new TimelineSubject.OfCountry("TJ"));

        // Dushanbe, 16 May 2024, and Baku, 15 September 2023, which Tajikistan's Prosecutor General attended.
        assertThat(tajikistan).filteredOn(e -> e.kind() == TimelineKind.MEETING).extracting(TimelineEntry::start)
                .containsOnly(LocalDate.of(2024, 5, 16), LocalDate.of(2023, 9, 15));
        assertThat(tajikistan).filteredOn(e -> e.kind() == TimelineKind.EVENT)
                .extracting(TimelineEntry::title)
                .contains("5th Meeting of the Attorneys/Prosecutors General of the ECO Member States");
        assertThat(timeline(new TimelineSubject.OfCountry("GB")))
                .filteredOn(e -> e.kind() == TimelineKind.MEETING)
                .extracting(TimelineEntry::start).containsOnly(LocalDate.of(2023, 9, 28));
    }

    @Test
    void readingATimelineAPageAtATimeGivesEveryEntryOnceNewestPageFirst() {
        for (TimelineSubject subject : List.of(new TimelineSubject.OfOrganisation(organisation("ECO")),
                new TimelineSubject.OfCounterpart(person("Khusrav Noziri")), new TimelineSubject.OfCountry("TJ"),
                new TimelineSubject.OfCountry("AZ"))) {
            List<TimelinePage> pages = pages(subject, 1);

            assertThat(pages).as("pages of %s", subject).hasSizeGreaterThan(1);
            assertThat(pages.stream().flatMap(p -> p.entries().stream()).sorted(ORDER).toList())
                    .as("pages of %s", subject).containsExactlyElementsOf(timeline(subject));
            for (int i = 1; i < pages.size(); i++) {
                LocalDate newerFrom = pages.get(i - 1).from().orElseThrow();
                assertThat(pages.get(i).entries()).allSatisfy(e -> assertThat(e.start()).isBefore(newerFrom));
            }
        }
    }

    @Test
    void aPageHoldsEveryMeetingOfItsOldestDayAndWhatStartedMeanwhile() {
        TimelineSubject eco = new TimelineSubject.OfOrganisation(organisation("ECO"));

        TimelinePage newest = data.read(s -> s.timeline().page(eco, null, 1));

        // The newest meeting with the ECO's Secretary General was on 15 November 2024 (Khan).
        assertThat(newest.from()).contains(LocalDate.of(2024, 11, 15));
        assertThat(newest.entries()).extracting(TimelineEntry::start)
                .allSatisfy(start -> assertThat(start).isAfterOrEqualTo(LocalDate.of(2024, 11, 15)));
        assertThat(newest.entries()).anyMatch(e -> e.kind() == TimelineKind.POST
                && e.people().equals(List.of("Asad M. Khan")));
    }

    @Test
    void theGlanceCountsWhatIsOpenOverTheWholeHistory() {
        for (TimelineSubject subject : List.of(new TimelineSubject.OfOrganisation(organisation("ECO")),
                new TimelineSubject.OfCountry("AZ"), new TimelineSubject.OfCountry("TJ"))) {
            List<TimelineEntry> whole = timeline(subject);

            TimelineGlance glance = data.read(s -> s.timeline().glance(subject));

            assertThat(glance.openFollowUps()).as("open follow-ups of %s", subject).isEqualTo((int) whole.stream()
                    .filter(e -> e.kind() == TimelineKind.FOLLOW_UP && e.status() == FollowUpStatus.OPEN).count());
            assertThat(glance.pendingInvitations()).as("pending invitations of %s", subject).isEqualTo((int) whole
                    .stream().filter(e -> e.kind() == TimelineKind.INVITATION && e.status() == InvitationStatus.PENDING)
                    .count());
        }
        assertThat(data.read(s -> s.timeline().glance(new TimelineSubject.OfCountry("AZ"))).pendingInvitations())
                .isPositive();
    }

    @Test
    void aCountrysPageTestsItsMeetingsForTheCountryOnlyWhileChoosingThemNotAgainToReadThem() {
        List<String> statements = StatementRecorder.statementsOf(database,
                        s -> s.timeline().page(new TimelineSubject.OfCountry("AZ"), null, 1))
                .stream().map(RecordedStatement::sql).toList();

        // The country's test of a meeting (held there, or attended by one of its people or by the holder of a post at
        // one of its organisations) is the costly part of a page: it is made where the page's meetings are chosen,
        // and the statements that read their counterparts, topics, details and follow-ups take them by id.
        List<String> readingThePagesMeetings = statements.stream()
                .filter(sql -> Stream.of("person.sort_key", "topic.name", "meeting.start_time", "follow_up.text")
                        .anyMatch(sql::contains)).toList();
        assertThat(readingThePagesMeetings).hasSize(4)
                .allSatisfy(sql -> assertThat(sql).containsPattern("meeting(\\.|_)id in \\(\\?")
                        .doesNotContain("country_code = ?").doesNotContain(" post "));
    }
}
