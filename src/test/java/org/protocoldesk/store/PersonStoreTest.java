package org.protocoldesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protocoldesk.model.ContactDetails;
import org.protocoldesk.model.CounterpartSummary;
import org.protocoldesk.model.Country;
import org.protocoldesk.model.FormsOfAddress;
import org.protocoldesk.model.Gift;
import org.protocoldesk.model.GiftDirection;
import org.protocoldesk.model.Organisation;
import org.protocoldesk.model.OrganisationKind;
import org.protocoldesk.model.Person;
import org.protocoldesk.model.PersonChoice;
import org.protocoldesk.model.PersonRef;
import org.protocoldesk.model.Post;
import org.protocoldesk.model.PostHolding;
import org.protocoldesk.model.ProtocolNotes;
import org.protocoldesk.model.Side;

class PersonStoreTest extends StoreTestSupport {
    private static final byte[] PHOTO = {(byte) 0x89, 'P', 'N', 'G', 0, -1, 127, -128};

    private long eco;
    private long iranOffice;

    @BeforeEach
    void countriesAndOrganisations() {
        data.writeAll(s -> {
            s.countries().save(new Country("AZ", "Azerbaijan"));
            s.countries().save(new Country("IR", "Iran"));
            s.countries().save(new Country("TR", "Türkiye"));
            eco = s.organisations().insert(new Organisation(null, "Economic Cooperation Organization", "ECO",
                    OrganisationKind.INTERNATIONAL_ORGANISATION, null, null)).id();
            iranOffice = s.organisations().insert(new Organisation(null, "Prosecutor General's Office of Iran", null,
                    OrganisationKind.PROSECUTORS_OFFICE, "IR", null)).id();
        });
    }

    @Test
    void everyFieldOfAPersonSurvivesARoundTrip() {
        Person written = Person.builder(Side.THEIRS, "Ayşe Əliyeva-Movahedi")
                .honorific("Dr")
                .givenName("Ayşe")
                .familyName("Əliyeva-Movahedi")
                .otherSpellings(List.of("Ayşe Əliyeva", "Ayshe Aliyeva"))
                .address(new FormsOfAddress("Dr Ayşe Əliyeva-Movahedi", "Dear Dr Əliyeva-Movahedi",
                        "Doctor Əliyeva", "AY-she a-LEE-ye-va"))
                .countryCode("TR")
                .birthDate(LocalDate.of(1970, 3, 21))
                .birthPlace("İzmir")
                .languages(List.of("Türkçe", "Azərbaycan dili", "English"))
                .interpreterNeeded(true)
                .spouse("Mehmet Öztürk")
                .photo(PHOTO)
                .biography("Fictional profile for tests: «quoted», Nowruz, Türkiye.")
                .protocolNotes(new ProtocolNotes("Send Nowruz greetings", "halal", "no photographs at dinner",
                        "tea, not coffee"))
                .contact(new ContactDetails("Mr Öz, private office", "office@example.org", "+90 312 000 00 00"))
                .gifts(List.of(
                        new Gift(GiftDirection.GIVEN, "Carpet from Quba", LocalDate.of(2024, 5, 16), "Dushanbe"),
                        new Gift(GiftDirection.RECEIVED, "Book on İzmir", null, null)))
                .posts(List.of(
                        new Post(iranOffice, "Adviser", LocalDate.of(2015, 1, 1), LocalDate.of(2021, 8, 31)),
                        new Post(eco, "Director", LocalDate.of(2021, 9, 1), null)))
                .profileSource("Fictional source, 18 May 2024")
                .profileAsOf(LocalDate.of(2024, 5, 18))
                .build();

        Person stored = data.write(s -> s.persons().insert(written));
        Person found = data.read((Stores s) -> s.persons().find(stored.id())).orElseThrow();

        assertThat(stored.id()).isNotNull();
        assertThat(found.photo()).isEqualTo(PHOTO);
        assertThat(withoutChildIds(withoutPhoto(found)))
                .isEqualTo(withoutPhoto(written.toBuilder().id(stored.id()).build()));
    }

    @Test
    void otherSpellingsComeBackInAccentInsensitiveOrder() {
        Person stored = data.write(s -> s.persons().insert(counterpart("Kamran Aliyev")
                .otherSpellings(List.of("Zamran", "Kamran Əliyev", "Kamran Alijew")).build()));
        assertThat(data.read((Stores s) -> s.persons().find(stored.id())).orElseThrow().otherSpellings())
                .containsExactly("Kamran Alijew", "Kamran Əliyev", "Zamran");
    }

    @Test
    void aPickersChoiceCarriesTheCurrentPostItsOrganisationAndEachSpellingAsData() {
        Person stored = data.write(s -> s.persons().insert(counterpart("Kamran Aliyev")
                .otherSpellings(List.of("Kamran Əliyev", "Kamran Alijew"))
                .posts(List.of(new Post(iranOffice, "Adviser", LocalDate.of(2015, 1, 1), LocalDate.of(2021, 8, 31)),
                        new Post(eco, "Director", LocalDate.of(2021, 9, 1), null))).build()));

        PersonChoice choice = data.read((Stores s) -> s.persons().choices()).stream()
                .filter(c -> c.id() == stored.id()).findFirst().orElseThrow();

        assertThat(choice.post()).isEqualTo("Director");
        assertThat(choice.organisation()).isEqualTo("Economic Cooperation Organization");
        assertThat(choice.otherSpellings()).containsExactlyInAnyOrder("Kamran Əliyev", "Kamran Alijew");
    }

    @Test
    void postsComeBackInChronologicalOrder() {
        Post later = new Post(eco, "Secretary General", LocalDate.of(2024, 8, 1), null);
        Post earlier = new Post(eco, "Deputy Secretary General", LocalDate.of(2020, 1, 1), LocalDate.of(2024, 7, 31));
        Person stored = data.write(s -> s.persons().insert(counterpart("Ahmad Khan")
                .posts(List.of(later, earlier)).build()));
        assertThat(data.read((Stores s) -> s.persons().find(stored.id())).orElseThrow().posts())
                .extracting(Post::title).containsExactly(earlier.title(), later.title());
    }

    @Test
    void anUpdateReplacesSpellingsLanguagesGiftsAndPosts() {
        Person stored = data.write(s -> s.persons().insert(counterpart("Ayşe Əliyeva")
                .otherSpellings(List.of("Ayshe Aliyeva"))
                .languages(List.of("Tajik", "Russian"))
                .gifts(List.of(new Gift(GiftDirection.GIVEN, "Book", null, null)))
                .posts(List.of(new Post(null, "Prosecutor General", LocalDate.of(2015, 1, 1), null)))
                .build()));
        Person changed = stored.toBuilder()
                .honorific("Mr")
                .otherSpellings(List.of("Ayşe Aliyeva"))
                .languages(List.of("Russian"))
                .gifts(List.of())
                .posts(List.of(new Post(eco, "Adviser", null, null)))
                .build();

        data.writeAll(s -> s.persons().update(changed));

        assertThat(data.read((Stores s) -> s.persons().find(stored.id()))).map(PersonStoreTest::withoutChildIds)
                .contains(changed);
    }

    @Test
    void aRefusedUpdateKeepsThePersonAsItWas() {
        Person stored = data.write(s -> s.persons().insert(counterpart("Ayşe Əliyeva")
                .posts(List.of(new Post(eco, "Adviser", null, null))).build()));
        Person broken = stored.toBuilder().posts(List.of(new Post(9_999L, "Nowhere", null, null))).build();

        assertThatThrownBy(() -> data.writeAll(s -> s.persons().update(broken)))
                .isInstanceOf(DataAccessException.class);

        assertThat(data.read((Stores s) -> s.persons().find(stored.id()))).contains(stored);
    }

    @Test
    void deletingAPersonDeletesTheirSpellingsLanguagesGiftsAndPosts() {
        Person stored = data.write(s -> s.persons().insert(counterpart("Ayşe Əliyeva")
                .otherSpellings(List.of("Ayshe Aliyeva"))
                .languages(List.of("Tajik"))
                .gifts(List.of(new Gift(GiftDirection.GIVEN, "Book", null, null)))
                .posts(List.of(new Post(null, "Prosecutor General", null, null)))
                .build()));

        data.writeAll(s -> s.persons().delete(stored.id()));

        assertThat(List.of(count("person"), count("person_alias"), count("person_language"), count("gift"),
                count("post"))).containsOnly(0);
    }

    @Test
    void anUnknownCountryIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> data.write(s -> s.persons().insert(counterpart("Nobody")
                .countryCode("XX").languages(List.of("English")).build())))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("FOREIGN KEY");
        assertThat(List.of(count("person"), count("person_language"))).containsOnly(0);
    }

    @Test
    void aPostAtAnUnknownOrganisationIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> data.write(s -> s.persons().insert(counterpart("Nobody")
                .posts(List.of(new Post(9_999L, "Director", null, null))).build())))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("FOREIGN KEY");
        assertThat(List.of(count("person"), count("post"))).containsOnly(0);
    }

    @Test
    void theDatabaseRefusesAPostEndingBeforeItStarts() {
        Person stored = data.write(s -> s.persons().insert(counterpart("Yusuf Rahmon").build()));
        assertThatThrownBy(() -> data.writeAll(s -> s.dsl().execute(
                "INSERT INTO post (person_id, title, from_date, to_date) VALUES (?, 'Director', '2024-05-01', "
                        + "'2024-04-30')", stored.id())))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("CHECK");
        assertThat(count("post")).isZero();
    }

    @Test
    void theDatabaseRefusesASideOutsideTheList() {
        assertThatThrownBy(() -> data.writeAll(s -> s.dsl().execute(
                "INSERT INTO person (side, full_name, sort_key) VALUES ('neutral', 'X', 'x')")))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("CHECK");
        assertThat(count("person")).isZero();
    }

    @Test
    void counterpartSummariesShowTheCurrentPostItsOrganisationAndTheCountry() {
        data.writeAll(s -> s.persons().insert(counterpart("Ayşe Əliyeva").honorific("Dr").countryCode("TR")
                .posts(List.of(
                        new Post(eco, "Adviser", LocalDate.of(2015, 1, 1), LocalDate.of(2021, 8, 31)),
                        new Post(iranOffice, "Director", LocalDate.of(2021, 9, 1), null),
                        new Post(eco, "Honorary Member", LocalDate.of(2010, 1, 1), null)))
                .build()));
        assertThat(data.read((Stores s) -> s.persons().counterpartSummaries()))
                .extracting(CounterpartSummary::fullName, CounterpartSummary::honorific, CounterpartSummary::postTitle,
                        CounterpartSummary::organisationName, CounterpartSummary::countryName)
                .containsExactly(tuple("Ayşe Əliyeva", "Dr", "Director", "Prosecutor General's Office of Iran",
                        "Türkiye"));
    }

    @Test
    void counterpartSummariesShowTheLatestPostWhenNoneIsCurrent() {
        data.writeAll(s -> s.persons().insert(counterpart("Ayşe Əliyeva")
                .posts(List.of(
                        new Post(eco, "Director", LocalDate.of(2021, 11, 1), LocalDate.of(2024, 7, 31)),
                        new Post(null, "Adviser", LocalDate.of(2016, 1, 1), LocalDate.of(2021, 10, 31))))
                .build()));
        assertThat(data.read((Stores s) -> s.persons().counterpartSummaries()))
                .extracting(CounterpartSummary::postTitle, CounterpartSummary::organisationName)
                .containsExactly(tuple("Director", "Economic Cooperation Organization"));
    }

    @Test
    void counterpartSummariesSortƏliyevNextToAliyevNotAfterZ() {
        data.writeAll(s -> {
            s.persons().insert(counterpart("Zeynalov").build());
            s.persons().insert(counterpart("Aliyev").build());
            s.persons().insert(counterpart("Movahedi-Azad").build());
            s.persons().insert(counterpart("Əliyev").build());
            s.persons().insert(counterpart("Bakirov").build());
        });
        assertThat(data.read((Stores s) -> s.persons().counterpartSummaries()))
                .extracting(CounterpartSummary::fullName)
                .containsExactly("Aliyev", "Əliyev", "Bakirov", "Movahedi-Azad", "Zeynalov");
    }

    @Test
    void counterpartSummariesLeaveOutOurOwnPeople() {
        data.writeAll(s -> {
            s.persons().insert(Person.builder(Side.OURS, "Kamran Aliyev").build());
            s.persons().insert(counterpart("Yusuf Rahmon").build());
        });
        assertThat(data.read((Stores s) -> s.persons().counterpartSummaries()))
                .extracting(CounterpartSummary::fullName)
                .containsExactly("Yusuf Rahmon");
    }

    @Test
    void counterpartSummariesTakeOneQueryWhateverTheNumberOfCounterparts() {
        data.writeAll(s -> {
            for (int i = 0; i < 5; i++) {
                s.persons().insert(counterpart("Counterpart " + i)
                        .posts(List.of(new Post(eco, "Post " + i, null, null))).build());
            }
        });
        assertThat(QueryCounter.statementsOf(database, s -> s.persons().counterpartSummaries())).isEqualTo(1);
    }

    @Test
    void ourPeopleAreOnlyOurSideSortedByName() {
        data.writeAll(s -> {
            s.persons().insert(Person.builder(Side.OURS, "Zaur Məmmədov").build());
            s.persons().insert(counterpart("Yusuf Rahmon").build());
            s.persons().insert(Person.builder(Side.OURS, "Əli Həsənov").build());
        });
        assertThat(data.read((Stores s) -> s.persons().ourPeople()))
                .extracting(PersonRef::fullName)
                .containsExactly("Əli Həsənov", "Zaur Məmmədov");
    }

    @Test
    void postHoldersShowTheSuccessionAtAnOrganisation() {
        long successor = data.write(s -> s.persons().insert(counterpart("Asad M. Khan")
                .posts(List.of(new Post(eco, "Secretary General", LocalDate.of(2024, 8, 1), null))).build())).id();
        long predecessor = data.write(s -> s.persons().insert(counterpart("Khusrav Noziri")
                .posts(List.of(new Post(eco, "Secretary General", LocalDate.of(2021, 11, 1),
                        LocalDate.of(2024, 7, 31)))).build())).id();
        data.writeAll(s -> s.persons().insert(counterpart("Holder Elsewhere")
                .posts(List.of(new Post(iranOffice, "Secretary General", LocalDate.of(2022, 1, 1), null))).build()));

        assertThat(data.read((Stores s) -> s.persons().postHolders(eco)))
                .extracting(PostHolding::personId, PostHolding::fullName, PostHolding::title, PostHolding::from,
                        PostHolding::to)
                .containsExactly(
                        tuple(predecessor, "Khusrav Noziri", "Secretary General", LocalDate.of(2021, 11, 1),
                                LocalDate.of(2024, 7, 31)),
                        tuple(successor, "Asad M. Khan", "Secretary General", LocalDate.of(2024, 8, 1), null));
    }

    private static Person.Builder counterpart(String fullName) {
        return Person.builder(Side.THEIRS, fullName);
    }

    private static Person withoutChildIds(Person person) {
        return person.toBuilder()
                .gifts(person.gifts().stream().map(g -> new Gift(g.direction(), g.description(), g.givenOn(),
                        g.occasion())).toList())
                .posts(person.posts().stream().map(p -> p.withId(null)).toList())
                .build();
    }

    private static Person withoutPhoto(Person person) {
        return person.toBuilder().photo(null).build();
    }
}
