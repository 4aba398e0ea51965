package org.protocoldesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.protocoldesk.store.generated.Tables.ORGANISATION;
import static org.protocoldesk.store.generated.Tables.PERSON;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protocoldesk.model.TimelineEntry;
import org.protocoldesk.model.TimelineKind;
import org.protocoldesk.model.TimelineSubject;
import org.protocoldesk.service.DemoDataService;

/** Timelines on the demo data, which holds the hand-over of the ECO Secretary General in 2024. */
class TimelineQueriesTest extends StoreTestSupport {

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

    private List<TimelineEntry> timeline(TimelineSubject subject) {
        return data.read(s -> s.timeline().of(subject));
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
}
