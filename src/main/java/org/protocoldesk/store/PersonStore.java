package org.protocoldesk.store;

import static org.protocoldesk.store.generated.Tables.COUNTRY;
import static org.protocoldesk.store.generated.Tables.GIFT;
import static org.protocoldesk.store.generated.Tables.INVITATION;
import static org.protocoldesk.store.generated.Tables.ORGANISATION;
import static org.protocoldesk.store.generated.Tables.PERSON;
import static org.protocoldesk.store.generated.Tables.PERSON_ALIAS;
import static org.protocoldesk.store.generated.Tables.PERSON_LANGUAGE;
import static org.protocoldesk.store.generated.Tables.POST;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.SelectField;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.protocoldesk.model.ContactDetails;
import org.protocoldesk.model.CounterpartSummary;
import org.protocoldesk.model.FormsOfAddress;
import org.protocoldesk.model.Gift;
import org.protocoldesk.model.Page;
import org.protocoldesk.model.Person;
import org.protocoldesk.model.PersonChoice;
import org.protocoldesk.model.PersonRef;
import org.protocoldesk.model.Post;
import org.protocoldesk.model.PostHolding;
import org.protocoldesk.model.ProtocolNotes;
import org.protocoldesk.model.Side;
import org.protocoldesk.model.SortKey;
import org.protocoldesk.model.RecordKind;
import org.protocoldesk.store.generated.tables.records.GiftRecord;
import org.protocoldesk.store.generated.tables.records.PersonRecord;
import org.protocoldesk.store.generated.tables.records.PostRecord;

/**
 * People, ours and theirs, with their other spellings, languages, gifts and posts. The schema keeps no order for
 * other spellings: they come back sorted accent-insensitively.
 */
public final class PersonStore {
    /** Keeps a person's spellings apart in one column of {@link #choices()}: a character no name contains. */
    private static final String SPELLINGS_APART = "\u001F";

    private static final Field<LocalDate> KNOWN_FROM = DSL.coalesce(POST.FROM_DATE, POST.HELD_ON);
    private static final List<SortField<?>> CHRONOLOGICAL =
            List.of(KNOWN_FROM.asc().nullsFirst(), POST.TO_DATE.asc().nullsLast(), POST.ID.asc());
    private static final SelectField<Post> POST_MODEL = DSL.row(POST.ID, POST.ORGANISATION_ID, POST.TITLE,
            POST.FROM_DATE, POST.FROM_PRECISION, POST.TO_DATE, POST.TO_PRECISION, POST.HELD_ON).mapping(Post::new);

    private static final ChildRows<GiftRecord, Gift> GIFTS =
            new ChildRows<>(GIFT, GIFT.PERSON_ID, GIFT.ID, Gift::id, PersonStore::fill);
    private static final ChildRows<PostRecord, Post> POSTS =
            new ChildRows<>(POST, POST.PERSON_ID, POST.ID, Post::id, PersonStore::fill);

    private final DSLContext tx;
    private final SearchIndex index;

    PersonStore(DSLContext tx) {
        this.tx = tx;
        this.index = new SearchIndex(tx);
    }

    /** Stores the person with their spellings, languages, gifts and posts; returns it as stored, with all ids. */
    public Person insert(Person person) {
        PersonRecord record = tx.newRecord(PERSON);
        fill(record, person);
        record.store();
        long id = record.getId();
        insertSpellings(id, person.otherSpellings());
        insertLanguages(id, person.languages(), 0);
        GIFTS.insert(tx, id, person.gifts());
        POSTS.insert(tx, id, person.posts());
        index.refresh(RecordKind.COUNTERPART, id);
        return find(id).orElseThrow();
    }

    /**
     * Stores the person's changes, touching only the children that changed: spellings and languages added or
     * removed, gifts and posts updated in place by id (a gift or post without an id is new; a stored one no longer
     * listed is deleted). Unchanged children keep their rows and ids.
     */
    public void update(Person person) {
        long id = person.id();
        PersonRecord record = tx.fetchSingle(PERSON, PERSON.ID.eq(id));
        fill(record, person);
        record.store();
        syncSpellings(id, person.otherSpellings());
        syncLanguages(id, person.languages());
        GIFTS.sync(tx, id, person.gifts());
        POSTS.sync(tx, id, person.posts());
        index.refresh(RecordKind.COUNTERPART, id);
    }

    public Optional<Person> find(long id) {
        return tx.selectFrom(PERSON).where(PERSON.ID.eq(id)).fetchOptional()
                .map(r -> toBuilder(r)
                        .otherSpellings(otherSpellings(id))
                        .languages(languages(id))
                        .gifts(gifts(id))
                        .posts(posts(id))
                        .build());
    }

    /** Deletes the person with their spellings, languages, gifts, posts and places in delegations and meetings. */
    public void delete(long id) {
        index.deleteParty(RecordKind.COUNTERPART, id,
                INVITATION.INVITER_PERSON_ID.eq(id).or(INVITATION.INVITEE_PERSON_ID.eq(id)),
                () -> tx.deleteFrom(PERSON).where(PERSON.ID.eq(id)).execute());
    }

    /**
     * All counterparts by name, accent-insensitively, each with their current post: the one without an end date that
     * started last, else the one that started last. One query, whatever the number of counterparts; the current post
     * is looked up per person through the post_person index.
     */
    public List<CounterpartSummary> counterpartSummaries() {
        return counterpartSummaries(DSL.noCondition(), Page.ALL);
    }

    /** A page of {@link #counterpartSummaries()}; the first is read through the index on name, without sorting all. */
    public List<CounterpartSummary> counterpartSummaries(Page page) {
        return counterpartSummaries(DSL.noCondition(), page);
    }

    /**
     * Counterparts who look like {@code person} (other than the person itself): the same full name ignoring accents
     * and case, or the same family name, so folded, and the same country.
     */
    public List<CounterpartSummary> lookalikes(Person person) {
        Condition others = person.id() == null ? DSL.noCondition() : PERSON.ID.ne(person.id());
        Condition sameName = PERSON.SORT_KEY.eq(SortKey.of(person.fullName()));
        Condition sameFamilyAndCountry = DSL.noCondition();
        if (person.familyName() != null && !person.familyName().isBlank() && person.countryCode() != null) {
            String family = SortKey.of(person.familyName());
            List<Long> ids = tx.select(PERSON.ID, PERSON.FAMILY_NAME).from(PERSON)
                    .where(PERSON.COUNTRY_CODE.eq(person.countryCode()).and(PERSON.FAMILY_NAME.isNotNull()))
                    .fetch().stream()
                    .filter(r -> SortKey.of(r.value2()).equals(family))
                    .map(r -> r.value1())
                    .toList();
            sameFamilyAndCountry = PERSON.ID.in(ids);
        }
        return counterpartSummaries(others.and(sameName.or(sameFamilyAndCountry)), Page.ALL);
    }

    private List<CounterpartSummary> counterpartSummaries(Condition which, Page page) {
        var candidate = POST.as("candidate");
        return tx.select(PERSON.ID, PERSON.FULL_NAME, PERSON.HONORIFIC, POST.TITLE, ORGANISATION.NAME, COUNTRY.NAME)
                .from(PERSON)
                .leftJoin(POST).on(POST.ID.eq(tx.select(candidate.ID).from(candidate)
                        .where(candidate.PERSON_ID.eq(PERSON.ID))
                        .orderBy(DSL.when(candidate.TO_DATE.isNull(), 0).otherwise(1),
                                DSL.coalesce(candidate.FROM_DATE, candidate.HELD_ON).desc().nullsLast(),
                                candidate.ID.desc())
                        .limit(1)))
                .leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(POST.ORGANISATION_ID))
                .leftJoin(COUNTRY).on(COUNTRY.CODE.eq(PERSON.COUNTRY_CODE))
                .where(PERSON.SIDE.eq(Side.THEIRS)).and(which)
                .orderBy(PERSON.SORT_KEY, PERSON.ID)
                .limit(page.limit()).offset(page.offset())
                .fetch(Records.mapping(CounterpartSummary::new));
    }

    /** Our own people by name, for pickers. */
    public List<PersonRef> ourPeople() {
        return tx.select(PERSON.ID, PERSON.FULL_NAME).from(PERSON)
                .where(PERSON.SIDE.eq(Side.OURS))
                .orderBy(PERSON.SORT_KEY, PERSON.ID)
                .fetch(Records.mapping(PersonRef::new));
    }

    /**
     * Everyone, ours and theirs, as pickers offer them: name, current post and organisation, other spellings. One
     * query, however many people there are.
     */
    public List<PersonChoice> choices() {
        var candidate = POST.as("candidate");
        var spellings = DSL.select(DSL.groupConcat(PERSON_ALIAS.SPELLING).separator(SPELLINGS_APART))
                .from(PERSON_ALIAS).where(PERSON_ALIAS.PERSON_ID.eq(PERSON.ID)).<String>asField("spellings");
        return tx.select(PERSON.ID, PERSON.SIDE, PERSON.FULL_NAME, POST.TITLE, ORGANISATION.NAME, spellings)
                .from(PERSON)
                .leftJoin(POST).on(POST.ID.eq(tx.select(candidate.ID).from(candidate)
                        .where(candidate.PERSON_ID.eq(PERSON.ID))
                        .orderBy(DSL.when(candidate.TO_DATE.isNull(), 0).otherwise(1),
                                candidate.FROM_DATE.desc().nullsLast(), candidate.ID.desc())
                        .limit(1)))
                .leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(POST.ORGANISATION_ID))
                .orderBy(PERSON.SORT_KEY, PERSON.ID)
                .fetch(r -> new PersonChoice(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6() == null ? List.of() : List.of(r.value6().split(SPELLINGS_APART))));
    }

    /** Everyone who held a post at the organisation, in the order they took it up. */
    public List<PostHolding> postHolders(long organisationId) {
        return tx.select(POST.PERSON_ID, PERSON.FULL_NAME, POST_MODEL)
                .from(POST)
                .join(PERSON).on(PERSON.ID.eq(POST.PERSON_ID))
                .where(POST.ORGANISATION_ID.eq(organisationId))
                .orderBy(CHRONOLOGICAL)
                .fetch(Records.mapping(PostHolding::new));
    }

    private List<String> otherSpellings(long personId) {
        List<String> spellings = new ArrayList<>(tx.select(PERSON_ALIAS.SPELLING).from(PERSON_ALIAS)
                .where(PERSON_ALIAS.PERSON_ID.eq(personId)).fetch(PERSON_ALIAS.SPELLING));
        spellings.sort(Comparator.comparing(SortKey::of).thenComparing(Comparator.naturalOrder()));
        return spellings;
    }

    private List<String> languages(long personId) {
        return tx.select(PERSON_LANGUAGE.LANGUAGE).from(PERSON_LANGUAGE)
                .where(PERSON_LANGUAGE.PERSON_ID.eq(personId))
                .orderBy(PERSON_LANGUAGE.RANK)
                .fetch(PERSON_LANGUAGE.LANGUAGE);
    }

    private List<Gift> gifts(long personId) {
        return tx.select(GIFT.ID, GIFT.DIRECTION, GIFT.DESCRIPTION, GIFT.GIVEN_ON, GIFT.OCCASION).from(GIFT)
                .where(GIFT.PERSON_ID.eq(personId))
                .orderBy(GIFT.ID)
                .fetch(Records.mapping((id, direction, description, givenOn, occasion) ->
                        new Gift(id, direction, description, givenOn, occasion)));
    }

    private List<Post> posts(long personId) {
        return tx.select(POST_MODEL).from(POST)
                .where(POST.PERSON_ID.eq(personId))
                .orderBy(CHRONOLOGICAL)
                .fetch(Records.mapping(post -> post));
    }

    private void insertSpellings(long personId, Collection<String> spellings) {
        for (String spelling : spellings) {
            tx.insertInto(PERSON_ALIAS, PERSON_ALIAS.PERSON_ID, PERSON_ALIAS.SPELLING).values(personId, spelling)
                    .execute();
        }
    }

    private void syncSpellings(long personId, List<String> spellings) {
        Set<String> stored = new HashSet<>(otherSpellings(personId));
        tx.deleteFrom(PERSON_ALIAS).where(PERSON_ALIAS.PERSON_ID.eq(personId))
                .and(PERSON_ALIAS.SPELLING.notIn(spellings)).execute();
        Set<String> added = new LinkedHashSet<>(spellings);
        added.removeAll(stored);
        insertSpellings(personId, added);
    }

    /** Languages from rank {@code after + 1} on. */
    private void insertLanguages(long personId, List<String> languages, int after) {
        for (int i = after; i < languages.size(); i++) {
            tx.insertInto(PERSON_LANGUAGE, PERSON_LANGUAGE.PERSON_ID, PERSON_LANGUAGE.RANK, PERSON_LANGUAGE.LANGUAGE)
                    .values(personId, i + 1, languages.get(i)).execute();
        }
    }

    /** Rewrites the ranks whose language changed, drops the ranks beyond the list and adds the new ones. */
    private void syncLanguages(long personId, List<String> languages) {
        List<String> stored = languages(personId);
        for (int i = 0; i < Math.min(stored.size(), languages.size()); i++) {
            if (!stored.get(i).equals(languages.get(i))) {
                tx.update(PERSON_LANGUAGE).set(PERSON_LANGUAGE.LANGUAGE, languages.get(i))
                        .where(PERSON_LANGUAGE.PERSON_ID.eq(personId).and(PERSON_LANGUAGE.RANK.eq(i + 1))).execute();
            }
        }
        tx.deleteFrom(PERSON_LANGUAGE).where(PERSON_LANGUAGE.PERSON_ID.eq(personId))
                .and(PERSON_LANGUAGE.RANK.gt(languages.size())).execute();
        insertLanguages(personId, languages, stored.size());
    }

    private static void fill(GiftRecord record, Gift gift) {
        record.setDirection(gift.direction());
        record.setDescription(gift.description());
        record.setGivenOn(gift.givenOn());
        record.setOccasion(gift.occasion());
    }

    private static void fill(PostRecord record, Post post) {
        record.setOrganisationId(post.organisationId());
        record.setTitle(post.title());
        record.setFromDate(post.from());
        record.setFromPrecision(post.fromPrecision());
        record.setToDate(post.to());
        record.setToPrecision(post.toPrecision());
        record.setHeldOn(post.heldOn());
    }

    private static void fill(PersonRecord record, Person person) {
        record.setSide(person.side());
        record.setFullName(person.fullName());
        record.setHonorific(person.honorific());
        record.setGivenName(person.givenName());
        record.setFamilyName(person.familyName());
        record.setAddressWritten(person.address().written());
        record.setAddressSalutation(person.address().salutation());
        record.setAddressSpoken(person.address().spoken());
        record.setPronunciation(person.address().pronunciation());
        record.setCountryCode(person.countryCode());
        record.setBirthDate(person.birthDate());
        record.setBirthPlace(person.birthPlace());
        record.setInterpreterNeeded(person.interpreterNeeded());
        record.setSpouse(person.spouse());
        record.setPhoto(person.photo());
        record.setBiography(person.biography());
        record.setProtocolNotes(person.protocolNotes().general());
        record.setDietaryNotes(person.protocolNotes().dietary());
        record.setSensitivities(person.protocolNotes().sensitivities());
        record.setPreferences(person.protocolNotes().preferences());
        record.setAssistant(person.contact().assistant());
        record.setEmail(person.contact().email());
        record.setPhone(person.contact().phone());
        record.setProfileSource(person.profileSource());
        record.setProfileAsOf(person.profileAsOf());
        record.setSortKey(SortKey.of(person.fullName()));
    }

    private static Person.Builder toBuilder(PersonRecord r) {
        return Person.builder(r.getSide(), r.getFullName())
                .id(r.getId())
                .honorific(r.getHonorific())
                .givenName(r.getGivenName())
                .familyName(r.getFamilyName())
                .address(new FormsOfAddress(r.getAddressWritten(), r.getAddressSalutation(), r.getAddressSpoken(),
                        r.getPronunciation()))
                .countryCode(r.getCountryCode())
                .birthDate(r.getBirthDate())
                .birthPlace(r.getBirthPlace())
                .interpreterNeeded(r.getInterpreterNeeded())
                .spouse(r.getSpouse())
                .photo(r.getPhoto())
                .biography(r.getBiography())
                .protocolNotes(new ProtocolNotes(r.getProtocolNotes(), r.getDietaryNotes(), r.getSensitivities(),
                        r.getPreferences()))
                .contact(new ContactDetails(r.getAssistant(), r.getEmail(), r.getPhone()))
                .profileSource(r.getProfileSource())
                .profileAsOf(r.getProfileAsOf());
    }
}
