package org.protocoldesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.protocoldesk.store.generated.Tables.DOCUMENT_PARTY;
import static org.protocoldesk.store.generated.Tables.TRIP_DESTINATION;
import static org.protocoldesk.store.generated.Tables.TRIP_EVENT;
import static org.protocoldesk.store.generated.Tables.TRIP_MEMBER;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jooq.Field;
import org.jooq.Table;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protocoldesk.model.Country;
import org.protocoldesk.model.DelegationMember;
import org.protocoldesk.model.Destination;
import org.protocoldesk.model.Document;
import org.protocoldesk.model.DocumentKind;
import org.protocoldesk.model.DocumentParty;
import org.protocoldesk.model.DocumentStatus;
import org.protocoldesk.model.Event;
import org.protocoldesk.model.Person;
import org.protocoldesk.model.Side;
import org.protocoldesk.model.Trip;
import org.protocoldesk.model.TripStatus;
import org.protocoldesk.store.StoreTestSupport;

/** A trip's and a document's children keep their rows (and ids) across an edit; only what changed is written. */
class TripAndDocumentChildrenTest extends StoreTestSupport {
    private long aliyev;
    private long hajiyev;
    private long alizadeh;
    private long baku;
    private long dushanbe;

    @BeforeEach
    void registry() {
        data.writeAll(s -> {
            s.countries().save(new Country("TJ", "Tajikistan"));
            s.countries().save(new Country("AZ", "Azerbaijan"));
        });
        CounterpartService people = new CounterpartService(data);
        aliyev = people.add(Person.builder(Side.OURS, "Kamran Aliyev").build()).id();
        hajiyev = people.add(Person.builder(Side.OURS, "Isfandiyar Hajiyev").build()).id();
        alizadeh = people.add(Person.builder(Side.OURS, "Ali Alizadeh").build()).id();
        EventService events = new EventService(data);
        baku = events.add(event("4th Meeting", LocalDate.of(2023, 9, 14))).id();
        dushanbe = events.add(event("5th Meeting", LocalDate.of(2024, 5, 16))).id();
    }

    @Test
    void membersDestinationsAndEventsLeftAsTheyWereKeepTheirIdsWhenTheDelegationIsReordered() {
        TripService service = new TripService(data);
        Trip stored = service.add(new Trip(null, "Dushanbe", null, null, LocalDate.of(2024, 5, 16),
                LocalDate.of(2024, 5, 18), TripStatus.PLANNED, null,
                List.of(new Destination("Dushanbe", "TJ"), new Destination("Baku", "AZ")),
                List.of(new DelegationMember(aliyev, "Head of delegation"), new DelegationMember(hajiyev, null)),
                List.of(baku, dushanbe)));
        Map<Long, Long> members = ids(TRIP_MEMBER, TRIP_MEMBER.PERSON_ID, TRIP_MEMBER.ID);
        Map<String, Long> destinations = ids(TRIP_DESTINATION, TRIP_DESTINATION.CITY, TRIP_DESTINATION.ID);
        Map<Long, Long> events = ids(TRIP_EVENT, TRIP_EVENT.EVENT_ID, TRIP_EVENT.ID);

        Trip edited = service.save(new Trip(stored.id(), "Dushanbe", null, null, stored.startDate(),
                stored.endDate(), TripStatus.COMPLETED, null,
                List.of(new Destination("Dushanbe", "TJ")),
                List.of(new DelegationMember(hajiyev, "Head of delegation"), new DelegationMember(aliyev, null),
                        new DelegationMember(alizadeh, null)),
                List.of(dushanbe)));

        assertThat(edited.delegation()).extracting(DelegationMember::personId).containsExactly(hajiyev, aliyev, alizadeh);
        assertThat(edited.delegation().get(0).role()).isEqualTo("Head of delegation");
        Map<Long, Long> membersAfter = ids(TRIP_MEMBER, TRIP_MEMBER.PERSON_ID, TRIP_MEMBER.ID);
        assertThat(membersAfter).containsEntry(aliyev, members.get(aliyev)).containsEntry(hajiyev, members.get(hajiyev));
        assertThat(membersAfter.get(alizadeh)).isNotIn(members.values());
        assertThat(ids(TRIP_DESTINATION, TRIP_DESTINATION.CITY, TRIP_DESTINATION.ID))
                .containsExactlyEntriesOf(Map.of("Dushanbe", destinations.get("Dushanbe")));
        assertThat(ids(TRIP_EVENT, TRIP_EVENT.EVENT_ID, TRIP_EVENT.ID))
                .containsExactlyEntriesOf(Map.of(dushanbe, events.get(dushanbe)));
    }

    @Test
    void partiesLeftAsTheyWereKeepTheirIdsAndOrder() {
        DocumentService documents = new DocumentService(data);
        Document stored = documents.add(new Document(null, DocumentKind.DECLARATION, "Dushanbe Declaration",
                DocumentStatus.ADOPTED, LocalDate.of(2024, 5, 16), "Dushanbe", null, null, null, dushanbe, null,
                List.of(new DocumentParty(null, "AZ", null), new DocumentParty(null, "TJ", null))));
        Map<String, Long> parties = ids(DOCUMENT_PARTY, DOCUMENT_PARTY.COUNTRY_CODE, DOCUMENT_PARTY.ID);

        Document edited = documents.save(new Document(stored.id(), stored.kind(), stored.title(), stored.status(),
                stored.concludedOn(), stored.place(), null, null, null, dushanbe, "Approved by the 5th Meeting.",
                List.of(new DocumentParty(null, "TJ", null), new DocumentParty(null, null, "ECO Secretariat"),
                        new DocumentParty(null, "AZ", null))));

        assertThat(edited.parties()).extracting(DocumentParty::countryCode).containsExactly("TJ", null, "AZ");
        assertThat(ids(DOCUMENT_PARTY, DOCUMENT_PARTY.COUNTRY_CODE, DOCUMENT_PARTY.ID))
                .containsEntry("AZ", parties.get("AZ")).containsEntry("TJ", parties.get("TJ"));
    }

    private <K> Map<K, Long> ids(Table<?> table, Field<K> key, Field<Long> id) {
        return data.read(s -> s.dsl().select(key, id).from(table).fetchMap(key, id));
    }

    private static Event event(String name, LocalDate day) {
        return new Event(null, name, null, null, null, null, null, day, day, null, null, null);
    }
}
