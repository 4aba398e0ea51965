package org.protocoldesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.protocoldesk.model.Meeting;
import org.protocoldesk.model.MeetingKind;
import org.protocoldesk.model.Organisation;
import org.protocoldesk.model.OrganisationKind;
import org.protocoldesk.model.Outcome;
import org.protocoldesk.model.OutcomeKind;
import org.protocoldesk.model.Person;
import org.protocoldesk.model.Post;
import org.protocoldesk.model.RecordKind;
import org.protocoldesk.model.SearchHit;
import org.protocoldesk.model.Side;

class SearchQueriesTest extends StoreTestSupport {

    private long counterpart(Person.Builder person) {
        return data.write(s -> s.persons().insert(person.build()).id());
    }

    private List<SearchHit> search(String text) {
        return data.read((Stores s) -> s.search().search(text, 20));
    }

    @Test
    void oneLetterListsTheCounterpartsThenTheOrganisationsWhoseNameStartsWithItAlphabetically() {
        long aliyev = counterpart(Person.builder(Side.THEIRS, "Əliyev Kamran"));
        long abbas = counterpart(Person.builder(Side.THEIRS, "Abbas Araghchi"));
        counterpart(Person.builder(Side.THEIRS, "Kamran Aliyev"));
        long office = data.write(s -> s.organisations().insert(new Organisation(null, "Azerbaijan Prosecutor's Office",
                null, OrganisationKind.PROSECUTORS_OFFICE, null, null)).id());

        assertThat(search("ə")).extracting(SearchHit::kind, SearchHit::id).containsExactly(
                tuple(RecordKind.COUNTERPART, abbas), tuple(RecordKind.COUNTERPART, aliyev),
                tuple(RecordKind.ORGANISATION, office));
        assertThat(data.read((Stores s) -> s.search().search("A", 2))).extracting(SearchHit::title)
                .containsExactly("Abbas Araghchi", "Əliyev Kamran");
    }

    @Test
    void aliyevFindsTheNameWrittenWithASchwa() {
        long id = counterpart(Person.builder(Side.THEIRS, "Kamran Əliyev"));
        assertThat(search("aliyev")).extracting(SearchHit::id).containsExactly(id);
    }

    @Test
    void turkiyeFindsTurkiyeWithItsDiaeresis() {
        long id = data.write(s -> s.organisations().insert(new Organisation(null,
                "Ministry of Justice of Türkiye", null, OrganisationKind.MINISTRY, null, null)).id());
        assertThat(search("turkiye")).extracting(SearchHit::kind, SearchHit::id)
                .containsExactly(tuple(RecordKind.ORGANISATION, id));
    }

    @Test
    void ozturkFindsOzturk() {
        long id = counterpart(Person.builder(Side.THEIRS, "Ayşe Öztürk"));
        assertThat(search("ozturk")).extracting(SearchHit::id).containsExactly(id);
    }

    @Test
    void aCyrillicNameIsFoundInAnotherCase() {
        long id = counterpart(Person.builder(Side.THEIRS, "Асад Хан"));
        assertThat(search("АСАД")).extracting(SearchHit::id).containsExactly(id);
        assertThat(search("хан")).extracting(SearchHit::id).containsExactly(id);
    }

    @Test
    void anOtherSpellingFindsThePerson() {
        long id = counterpart(Person.builder(Side.THEIRS, "Kamran Aliyev").otherSpellings(List.of("Камран Алиев")));
        assertThat(search("алиев")).extracting(SearchHit::id, SearchHit::title)
                .containsExactly(tuple(id, "Kamran Aliyev"));
    }

    @Test
    void theBeginningOfAWordFindsAsOneTypes() {
        long id = counterpart(Person.builder(Side.THEIRS, "Mohammad Movahedi-Azad"));
        assertThat(search("mova")).extracting(SearchHit::id).containsExactly(id);
        assertThat(search("moh azad")).extracting(SearchHit::id).containsExactly(id);
    }

    @Test
    void aPostAndItsOrganisationFindTheHolder() {
        long eco = data.write(s -> s.organisations().insert(new Organisation(null, "Economic Cooperation Organization",
                "ECO", OrganisationKind.INTERNATIONAL_ORGANISATION, null, null)).id());
        long id = counterpart(Person.builder(Side.THEIRS, "Asad M. Khan")
                .posts(List.of(new Post(eco, "Secretary General", LocalDate.of(2024, 8, 1), null))));
        assertThat(search("secretary eco")).extracting(SearchHit::kind, SearchHit::id)
                .containsExactly(tuple(RecordKind.COUNTERPART, id));
    }

    @Test
    void renamingAnOrganisationFindsItsPeopleByTheNewName() {
        Organisation office = data.write(s -> s.organisations().insert(new Organisation(null, "Office", null,
                OrganisationKind.PROSECUTORS_OFFICE, null, null)));
        long id = counterpart(Person.builder(Side.THEIRS, "Yusuf Rahmon")
                .posts(List.of(new Post(office.id(), "Prosecutor General", null, null))));
        data.writeAll(s -> s.organisations().update(new Organisation(office.id(), "Bosh prokuratura", null,
                OrganisationKind.PROSECUTORS_OFFICE, null, null)));
        assertThat(search("prokuratura")).extracting(SearchHit::kind, SearchHit::id).contains(
                tuple(RecordKind.COUNTERPART, id));
    }

    @Test
    void aMeetingIsFoundByItsOutcomes() {
        long id = data.write(s -> s.meetings().insert(new Meeting(null, MeetingKind.SIDELINE, "Sideline in Dushanbe",
                LocalDate.of(2024, 5, 16), null, null, ZoneId.of("Asia/Dushanbe"), null, "Dushanbe", null, null, null,
                null, List.of(), List.of(), List.of(new Outcome(OutcomeKind.AGREEMENT, "Extradition memorandum"))))
                .id());
        assertThat(search("extrad")).extracting(SearchHit::kind, SearchHit::id)
                .containsExactly(tuple(RecordKind.MEETING, id));
    }

    @Test
    void anEditedNameIsFoundByItsNewNameOnlyAndADeletedRecordNotAtAll() {
        long id = counterpart(Person.builder(Side.THEIRS, "Yusuf Rahmon"));
        Person stored = data.read((Stores s) -> s.persons().find(id)).orElseThrow();
        data.writeAll(s -> s.persons().update(Person.builder(Side.THEIRS, "Yusuf Rahmonov").id(id).build()));
        assertThat(search("rahmonov")).extracting(SearchHit::id).containsExactly(id);
        assertThat(search("rahmon")).extracting(SearchHit::title).containsExactly("Yusuf Rahmonov");
        data.writeAll(s -> s.persons().delete(stored.id()));
        assertThat(search("yusuf")).isEmpty();
    }

    @Test
    void searchSyntaxTypedByTheUserMeansNothing() {
        counterpart(Person.builder(Side.THEIRS, "Kamran Aliyev"));
        assertThat(search("\"aliyev\" (*:^")).extracting(SearchHit::title).containsExactly("Kamran Aliyev");
        assertThat(search("  ")).isEmpty();
    }

    @Test
    void aTextMatchingTooMuchToRankListsTheNamesStartingWithItThenTheNewestMatches() {
        long mina = counterpart(Person.builder(Side.THEIRS, "Mina Karimova"));
        List<Long> ministries = data.write(s -> LongStream.rangeClosed(0, SearchQueries.RANKED_AT_MOST)
                .mapToObj(n -> s.organisations().insert(new Organisation(null, "Justice Ministry " + n, null,
                        OrganisationKind.MINISTRY, null, null)).id()).toList());

        List<Long> newestFirst = ministries.stream().sorted(Comparator.reverseOrder()).limit(19).toList();
        assertThat(search("mi")).extracting(SearchHit::kind, SearchHit::id).first()
                .isEqualTo(tuple(RecordKind.COUNTERPART, mina));
        assertThat(search("mi")).extracting(SearchHit::id).hasSize(20).endsWith(newestFirst.toArray(Long[]::new));
        assertThat(search("mina")).extracting(SearchHit::id).containsExactly(mina);
    }
}
