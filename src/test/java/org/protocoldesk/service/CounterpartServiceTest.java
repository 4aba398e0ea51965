package org.protocoldesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protocoldesk.model.CounterpartSummary;
import org.protocoldesk.model.Country;
import org.protocoldesk.model.Organisation;
import org.protocoldesk.model.OrganisationKind;
import org.protocoldesk.model.Page;
import org.protocoldesk.model.Person;
import org.protocoldesk.model.PersonRef;
import org.protocoldesk.model.Post;
import org.protocoldesk.model.PostHolding;
import org.protocoldesk.model.Side;
import org.protocoldesk.store.StoreTestSupport;

class CounterpartServiceTest extends StoreTestSupport {
    private CounterpartService counterparts;
    private long eco;

    @BeforeEach
    void service() {
        counterparts = new CounterpartService(data);
        eco = new OrganisationService(data).add(new Organisation(null, "Economic Cooperation Organization", "ECO",
                OrganisationKind.INTERNATIONAL_ORGANISATION, null, null)).id();
        data.writeAll(s -> s.countries().save(new Country("TJ", "Tajikistan")));
    }

    @Test
    void anAddedCounterpartIsListedAndFound() {
        Person added = counterparts.add(Person.builder(Side.THEIRS, "Yusuf Rahmon").countryCode("TJ")
                .posts(List.of(new Post(null, "Prosecutor General", null, null))).build());

        assertThat(counterparts.counterparts(Page.ALL)).containsExactly(
                new CounterpartSummary(added.id(), "Yusuf Rahmon", null, "Prosecutor General", null, "Tajikistan"));
        assertThat(counterparts.find(added.id())).contains(added);
    }

    @Test
    void anUpdatedCounterpartIsStored() {
        Person added = counterparts.add(Person.builder(Side.THEIRS, "Yusuf Rahmon").build());
        Person changed = added.toBuilder().honorific("H.E.").languages(List.of("Tajik", "Russian")).build();

        counterparts.update(changed);

        assertThat(counterparts.find(added.id())).contains(changed);
    }

    @Test
    void ourPeopleAreOurSideOnly() {
        Person ours = counterparts.add(Person.builder(Side.OURS, "Kamran Əliyev").build());
        counterparts.add(Person.builder(Side.THEIRS, "Yusuf Rahmon").build());

        assertThat(counterparts.ourPeople()).containsExactly(new PersonRef(ours.id(), "Kamran Əliyev"));
    }

    @Test
    void postHoldersTellWhoWasSecretaryGeneralInMayAndInNovember2024() {
        counterparts.add(Person.builder(Side.THEIRS, "Khusrav Noziri")
                .posts(List.of(new Post(eco, "Secretary General", null, LocalDate.of(2024, 7, 31)))).build());
        counterparts.add(Person.builder(Side.THEIRS, "Asad M. Khan")
                .posts(List.of(new Post(eco, "Secretary General", LocalDate.of(2024, 8, 1), null))).build());

        List<PostHolding> holders = counterparts.postHolders(eco);

        assertThat(holderOn(holders, LocalDate.of(2024, 5, 18))).isEqualTo("Khusrav Noziri");
        assertThat(holderOn(holders, LocalDate.of(2024, 11, 15))).isEqualTo("Asad M. Khan");
    }

    private static String holderOn(List<PostHolding> holders, LocalDate day) {
        return holders.stream()
                .filter(h -> new Post(null, h.title(), h.from(), h.to()).heldOn(day))
                .map(PostHolding::fullName)
                .findFirst().orElseThrow();
    }
}
