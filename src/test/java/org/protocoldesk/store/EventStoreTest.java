package org.protocoldesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protocoldesk.model.Country;
import org.protocoldesk.model.Event;
import org.protocoldesk.model.Organisation;
import org.protocoldesk.model.OrganisationKind;

class EventStoreTest extends StoreTestSupport {
    private long azerbaijanOffice;

    @BeforeEach
    void countriesAndHost() {
        data.writeAll(s -> {
            s.countries().save(new Country("AZ", "Azerbaijan"));
            s.countries().save(new Country("TJ", "Tajikistan"));
            azerbaijanOffice = s.organisations().insert(new Organisation(null,
                    "Baş Prokurorluq — Prosecutor General's Office of Azerbaijan", null,
                    OrganisationKind.PROSECUTORS_OFFICE, "AZ", null)).id();
        });
    }

    @Test
    void everyFieldSurvivesARoundTrip() {
        Event written = new Event(null, "4th Meeting of the Attorneys/Prosecutors General of the ECO Member States",
                "Meeting of the Attorneys/Prosecutors General of the ECO Member States", 4, "Baku", "AZ",
                "Heydar Aliyev Center", LocalDate.of(2023, 9, 14), LocalDate.of(2023, 9, 16), "Asia/Baku",
                azerbaijanOffice, "Attended by Türkiye, Iran, Kazakhstan; «Bakı» in Azerbaijani");
        Event stored = data.write(s -> s.events().insert(written));
        assertThat(stored.id()).isNotNull();
        assertThat(data.read((Stores s) -> s.events().find(stored.id()))).contains(stored);
    }

    @Test
    void anUpdateChangesTheStoredEvent() {
        Event stored = data.write(s -> s.events().insert(event("Meeting", LocalDate.of(2023, 9, 14),
                LocalDate.of(2023, 9, 16))));
        Event changed = new Event(stored.id(), "4th Meeting", "ECO Prosecutors General", 4, "Baku", "AZ", null,
                LocalDate.of(2023, 9, 15), LocalDate.of(2023, 9, 15), "Asia/Baku", azerbaijanOffice, null);
        data.writeAll(s -> s.events().update(changed));
        assertThat(data.read((Stores s) -> s.events().find(stored.id()))).contains(changed);
    }

    @Test
    void overlappingListsTheEventsThatMeetTheRangeByStartDate() {
        data.writeAll(s -> {
            s.events().insert(event("ends the day before", LocalDate.of(2024, 4, 28), LocalDate.of(2024, 4, 30)));
            s.events().insert(event("starts on the last day", LocalDate.of(2024, 5, 31), LocalDate.of(2024, 6, 2)));
            s.events().insert(event("inside", LocalDate.of(2024, 5, 15), LocalDate.of(2024, 5, 17)));
            s.events().insert(event("ends on the first day", LocalDate.of(2024, 4, 29), LocalDate.of(2024, 5, 1)));
            s.events().insert(event("spans the range", LocalDate.of(2024, 4, 1), LocalDate.of(2024, 6, 30)));
            s.events().insert(event("starts the day after", LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 1)));
        });
        assertThat(data.read((Stores s) -> s.events().overlapping(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 31))))
                .extracting(Event::name)
                .containsExactly("spans the range", "ends on the first day", "inside", "starts on the last day");
    }

    @Test
    void summariesListTheLatestFirstWithCountryAndHostNames() {
        data.writeAll(s -> {
            s.events().insert(new Event(null, "4th Meeting", null, 4, "Baku", "AZ", null, LocalDate.of(2023, 9, 14),
                    LocalDate.of(2023, 9, 16), "Asia/Baku", azerbaijanOffice, null));
            s.events().insert(new Event(null, "5th Meeting", null, 5, "Dushanbe", "TJ", null,
                    LocalDate.of(2024, 5, 16), LocalDate.of(2024, 5, 16), "Asia/Dushanbe", null, null));
        });
        assertThat(data.read((Stores s) -> s.events().summaries()))
                .extracting(e -> e.event().name(), e -> e.countryName(), e -> e.hostOrganisationName())
                .containsExactly(tuple("5th Meeting", "Tajikistan", null),
                        tuple("4th Meeting", "Azerbaijan",
                                "Baş Prokurorluq — Prosecutor General's Office of Azerbaijan"));
    }

    @Test
    void anUnknownCountryIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> data.write(s -> s.events().insert(new Event(null, "Nowhere", null, null, null, "XX",
                null, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 1), null, null, null))))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("FOREIGN KEY");
        assertThat(count("event")).isZero();
    }

    @Test
    void anUnknownHostOrganisationIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> data.write(s -> s.events().insert(new Event(null, "Nowhere", null, null, null, null,
                null, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 1), null, 9_999L, null))))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("FOREIGN KEY");
        assertThat(count("event")).isZero();
    }

    @Test
    void theDatabaseRefusesAnEventEndingBeforeItStarts() {
        assertThatThrownBy(() -> data.writeAll(s -> s.dsl().execute(
                "INSERT INTO event (name, start_date, end_date) VALUES ('X', '2024-05-17', '2024-05-15')")))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("CHECK");
        assertThat(count("event")).isZero();
    }

    private static Event event(String name, LocalDate start, LocalDate end) {
        return new Event(null, name, null, null, null, null, null, start, end, null, null, null);
    }
}
