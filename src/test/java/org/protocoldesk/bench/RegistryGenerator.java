package org.protocoldesk.bench;

import static org.protocoldesk.bench.Skeleton.DAYS;
import static org.protocoldesk.bench.Skeleton.OUR_PEOPLE;
import static org.protocoldesk.bench.Skeleton.counterpartId;
import static org.protocoldesk.bench.Skeleton.day;
import static org.protocoldesk.bench.Skeleton.oneOf;
import static org.protocoldesk.bench.Skeleton.skewed;
import static org.protocoldesk.store.generated.Tables.COUNTRY;
import static org.protocoldesk.store.generated.Tables.GIFT;
import static org.protocoldesk.store.generated.Tables.ORGANISATION;
import static org.protocoldesk.store.generated.Tables.PERSON;
import static org.protocoldesk.store.generated.Tables.PERSON_ALIAS;
import static org.protocoldesk.store.generated.Tables.PERSON_LANGUAGE;
import static org.protocoldesk.store.generated.Tables.POST;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.protocoldesk.bench.Vocabulary.Place;
import org.protocoldesk.model.SortKey;

/** Countries, organisations, our people and the counterparts with their posts, spellings, languages and gifts. */
final class RegistryGenerator {
    private static final List<String> LANGUAGES = List.of("English", "Russian", "Azerbaijani", "Turkish", "French",
            "German", "Arabic", "Persian", "Chinese", "Uzbek", "Kazakh", "Tajik", "Spanish");

    private final Skeleton office;
    private final TableLoader loader;

    RegistryGenerator(Skeleton office, TableLoader loader) {
        this.office = office;
        this.loader = loader;
    }

    void generate() {
        countries();
        organisations();
        ourPeople();
        counterparts();
        languages();
        posts();
        gifts();
    }

    private void countries() {
        loader.loadMissing(COUNTRY, List.of(COUNTRY.CODE, COUNTRY.NAME),
                Vocabulary.PLACES.stream().map(p -> new Object[] {p.countryCode(), p.countryName()}));
    }

    private void organisations() {
        Random random = office.random(1);
        int n = office.scale.organisations();
        office.organisationPlace = new int[n];
        Map<String, Integer> seen = new HashMap<>();
        List<Object[]> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int placeIndex = skewed(random, Vocabulary.PLACES.size());
            Place place = Vocabulary.PLACES.get(placeIndex);
            office.organisationPlace[i] = placeIndex;
            int subjectIndex = random.nextInt(Vocabulary.ORGANISATION_SUBJECTS.size());
            String subject = Vocabulary.ORGANISATION_SUBJECTS.get(subjectIndex);
            int repeat = seen.merge(subject + place.countryCode(), 1, Integer::sum);
            String name = repeat == 1 ? subject + " of " + place.countryName()
                    : subject + ", " + place.cities().get(repeat % place.cities().size()) + " office " + repeat;
            rows.add(new Object[] {i + 1L, name, initials(subject), kindOf(subject), place.countryCode(),
                    random.nextInt(5) == 0 ? "Contact through the embassy in " + place.cities().get(0) : null,
                    SortKey.of(name)});
        }
        loader.load(ORGANISATION, List.of(ORGANISATION.ID, ORGANISATION.NAME, ORGANISATION.SHORT_NAME,
                ORGANISATION.KIND, ORGANISATION.COUNTRY_CODE, ORGANISATION.NOTES, ORGANISATION.SORT_KEY), rows.stream());
        office.organisationsByPlace = Skeleton.groupByPlace(office.organisationPlace, 1);
    }

    private void ourPeople() {
        Random random = office.random(2);
        Place home = Vocabulary.PLACES.get(0);
        loader.load(PERSON, List.of(PERSON.ID, PERSON.SIDE, PERSON.FULL_NAME, PERSON.GIVEN_NAME, PERSON.FAMILY_NAME,
                        PERSON.COUNTRY_CODE, PERSON.SORT_KEY),
                IntStream.range(0, OUR_PEOPLE).mapToObj(i -> {
                    String given = oneOf(random, home.names().given());
                    String family = home.names().family().get(i % home.names().family().size());
                    String name = given + " " + family;
                    return new Object[] {i + 1L, "ours", name, given, family, home.countryCode(), SortKey.of(name)};
                }));
    }

    private void counterparts() {
        Random random = office.random(3);
        int n = office.scale.counterparts();
        office.counterpartPlace = new int[n];
        List<Object[]> rows = new ArrayList<>(n);
        Random spellings = office.random(4);
        List<Object[]> aliases = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int placeIndex = skewed(random, Vocabulary.PLACES.size());
            Place place = Vocabulary.PLACES.get(placeIndex);
            office.counterpartPlace[i] = placeIndex;
            String given = oneOf(random, place.names().given());
            String family = oneOf(random, place.names().family());
            String name = given + " " + family;
            String latin = Transliteration.latin(name);
            if (!latin.equals(name) && spellings.nextInt(3) != 0) {
                aliases.add(new Object[] {counterpartId(i), latin});
            }
            boolean profiled = random.nextInt(3) == 0;
            rows.add(new Object[] {counterpartId(i), "theirs", name, oneOf(random, Vocabulary.HONORIFICS), given,
                    family, place.countryCode(), random.nextInt(4) == 0 ? 1 : 0,
                    profiled ? "Career in " + place.countryName() + "; met in " + place.cities().get(0) + "." : null,
                    profiled ? "Addressed as " + family + "; prefers tea to coffee." : null,
                    random.nextInt(10) == 0 ? "Vegetarian" : null,
                    ascii(given) + "." + ascii(family) + i + "@example.org", SortKey.of(name)});
        }
        loader.load(PERSON, List.of(PERSON.ID, PERSON.SIDE, PERSON.FULL_NAME, PERSON.HONORIFIC, PERSON.GIVEN_NAME,
                PERSON.FAMILY_NAME, PERSON.COUNTRY_CODE, PERSON.INTERPRETER_NEEDED, PERSON.BIOGRAPHY,
                PERSON.PROTOCOL_NOTES, PERSON.DIETARY_NOTES, PERSON.EMAIL, PERSON.SORT_KEY), rows.stream());
        loader.load(PERSON_ALIAS, List.of(PERSON_ALIAS.PERSON_ID, PERSON_ALIAS.SPELLING), aliases.stream());
        office.counterpartsByPlace = Skeleton.groupByPlace(office.counterpartPlace, counterpartId(0));
    }

    /** Everyone speaks one or two languages. */
    private void languages() {
        Random random = office.random(7);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < office.counterpartPlace.length; i++) {
            int count = 1 + random.nextInt(2);
            int first = random.nextInt(LANGUAGES.size());
            for (int rank = 1; rank <= count; rank++) {
                rows.add(new Object[] {counterpartId(i), rank, LANGUAGES.get((first + rank - 1) % LANGUAGES.size())});
            }
        }
        loader.load(PERSON_LANGUAGE, List.of(PERSON_LANGUAGE.PERSON_ID, PERSON_LANGUAGE.RANK,
                PERSON_LANGUAGE.LANGUAGE), rows.stream());
    }

    /** One to three posts each, one after the other; the last is usually still held. */
    private void posts() {
        Random random = office.random(5);
        List<Object[]> rows = new ArrayList<>();
        long postId = 1;
        for (int i = 0; i < office.counterpartPlace.length; i++) {
            int count = random.nextInt(10) < 6 ? 1 : random.nextInt(10) < 7 ? 2 : 3;
            int start = random.nextInt(DAYS) - 2 * 365;
            for (int p = 0; p < count; p++) {
                int length = 365 + random.nextInt(5 * 365);
                boolean last = p == count - 1;
                LocalDate from = random.nextInt(8) == 0 ? null : day(start);
                LocalDate to = last && random.nextInt(5) != 0 ? null : day(start + length);
                rows.add(new Object[] {postId++, counterpartId(i), office.organisationIn(random,
                        office.counterpartPlace[i]), oneOf(random, Vocabulary.POST_TITLES), from, to});
                start += length + 1;
            }
        }
        loader.load(POST, List.of(POST.ID, POST.PERSON_ID, POST.ORGANISATION_ID, POST.TITLE, POST.FROM_DATE,
                POST.TO_DATE), rows.stream());
    }

    private void gifts() {
        Random random = office.random(6);
        loader.load(GIFT, List.of(GIFT.ID, GIFT.PERSON_ID, GIFT.DIRECTION, GIFT.DESCRIPTION, GIFT.GIVEN_ON,
                        GIFT.OCCASION),
                IntStream.range(0, office.scale.gifts()).mapToObj(i -> new Object[] {i + 1L,
                        counterpartId(skewed(random, office.counterpartPlace.length)),
                        random.nextBoolean() ? "given" : "received",
                        oneOf(random, List.of("Carpet from Qarabağ", "Book of miniatures", "Silk scarf",
                                "Commemorative medal", "Porcelain vase", "Photograph album")),
                        day(random.nextInt(DAYS)), random.nextBoolean() ? "Official visit" : null}));
    }

    private static String kindOf(String subject) {
        String s = subject.toLowerCase(Locale.ROOT);
        if (s.contains("prosecutor")) {
            return "prosecutors_office";
        } else if (s.contains("ministry")) {
            return "ministry";
        } else if (s.contains("court")) {
            return "court";
        } else if (s.contains("embassy")) {
            return "embassy";
        } else if (s.contains("security") || s.contains("investigative") || s.contains("customs")) {
            return "law_enforcement";
        }
        return "other";
    }

    private static String initials(String subject) {
        StringBuilder out = new StringBuilder();
        Stream.of(subject.split("[\\s-]+")).filter(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0)))
                .forEach(w -> out.append(w.charAt(0)));
        return out.toString();
    }

    private static String ascii(String name) {
        return Transliteration.latin(name).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }
}
