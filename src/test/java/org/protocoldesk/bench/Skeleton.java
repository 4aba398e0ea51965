package org.protocoldesk.bench;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * What one part of the generator leaves for the next: where each generated person, organisation, event, trip and
 * meeting belongs and when, so that meetings are held with people of the country they happen in, follow-ups fall
 * after their meeting, and so on. Ids are assigned in order from 1, persons of our office first.
 */
final class Skeleton {
    /** The office's last day: meetings run up to it; deadlines, due dates and planned trips go some months past it. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    static final LocalDate FIRST_DAY = TODAY.minusYears(15).plusDays(1);
    static final int DAYS = (int) ChronoUnit.DAYS.between(FIRST_DAY, TODAY) + 1;
    static final int OUR_PEOPLE = 30;

    final Scale scale;
    final long seed;

    int[] counterpartPlace;
    List<List<Long>> counterpartsByPlace;
    int[] organisationPlace;
    List<List<Long>> organisationsByPlace;
    int[] eventStart;
    int[] eventLength;
    int[] eventPlace;
    int[] tripStart;
    int[] tripLength;
    int[] tripPlace;
    int[] meetingDay;

    Skeleton(Scale scale, long seed) {
        this.scale = scale;
        this.seed = seed;
    }

    /** A random source of its own for each part, so that changing one part leaves the others' rows as they were. */
    Random random(int part) {
        return new Random(seed * 1_000_003L + part);
    }

    static long counterpartId(int index) {
        return OUR_PEOPLE + 1L + index;
    }

    static LocalDate day(int offset) {
        return FIRST_DAY.plusDays(offset);
    }

    /** An index below {@code n}, low ones far more often: a few countries, people and topics dominate. */
    static int skewed(Random random, int n) {
        return Math.min(n - 1, (int) (n * Math.pow(random.nextDouble(), 2.5)));
    }

    static <T> T oneOf(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    static List<List<Long>> groupByPlace(int[] places, long firstId) {
        List<List<Long>> groups = new ArrayList<>();
        for (int p = 0; p < Vocabulary.PLACES.size(); p++) {
            groups.add(new ArrayList<>());
        }
        for (int i = 0; i < places.length; i++) {
            groups.get(places[i]).add(firstId + i);
        }
        return groups;
    }

    /** An organisation of the place if it has any, else any organisation. */
    long organisationIn(Random random, int place) {
        List<Long> local = organisationsByPlace.get(place);
        return local.isEmpty() ? 1 + random.nextInt(organisationPlace.length) : local.get(skewed(random, local.size()));
    }

    /** A counterpart of the place if it has any, else any counterpart; the first of each place are met most. */
    long counterpartIn(Random random, int place) {
        List<Long> local = counterpartsByPlace.get(place);
        return local.isEmpty() ? counterpartId(random.nextInt(counterpartPlace.length))
                : local.get(skewed(random, local.size()));
    }

    long ourPerson(Random random) {
        return 1 + skewed(random, OUR_PEOPLE);
    }
}
