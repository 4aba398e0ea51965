package org.protocoldesk.bench;

import static org.protocoldesk.bench.Skeleton.DAYS;
import static org.protocoldesk.bench.Skeleton.day;
import static org.protocoldesk.bench.Skeleton.oneOf;
import static org.protocoldesk.bench.Skeleton.skewed;
import static org.protocoldesk.store.generated.Tables.EVENT;
import static org.protocoldesk.store.generated.Tables.MEETING;
import static org.protocoldesk.store.generated.Tables.MEETING_ATTENDEE;
import static org.protocoldesk.store.generated.Tables.MEETING_TOPIC;
import static org.protocoldesk.store.generated.Tables.OUTCOME;
import static org.protocoldesk.store.generated.Tables.TOPIC;
import static org.protocoldesk.store.generated.Tables.TRIP;
import static org.protocoldesk.store.generated.Tables.TRIP_DESTINATION;
import static org.protocoldesk.store.generated.Tables.TRIP_EVENT;
import static org.protocoldesk.store.generated.Tables.TRIP_MEMBER;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.protocoldesk.bench.Vocabulary.Place;

/**
 * Events, trips and meetings over the office's fifteen years. A third of the meetings happen on a trip and a fifth at
 * an event, in its country and on its days; the rest at home or abroad on their own. Each meeting has one or two of
 * our people and one to three counterparts of its country, one to three topics and often an outcome.
 */
final class ProgrammeGenerator {
    private static final List<String> KINDS = List.of("bilateral", "bilateral", "bilateral", "sideline", "sideline",
            "courtesy_call", "signing", "multilateral");
    private static final String[] TIMES = {"08:30", "09:00", "09:30", "10:00", "10:30", "11:00", "11:30", "12:00",
            "14:00", "14:30", "15:00", "15:30", "16:00", "16:30", "17:00", "18:00"};

    private final Skeleton office;
    private final TableLoader loader;

    ProgrammeGenerator(Skeleton office, TableLoader loader) {
        this.office = office;
        this.loader = loader;
    }

    void generate() {
        events();
        trips();
        topics();
        meetings();
    }

    private void events() {
        Random random = office.random(10);
        int n = office.scale.events();
        office.eventStart = new int[n];
        office.eventLength = new int[n];
        office.eventPlace = new int[n];
        Map<String, Integer> editions = new HashMap<>();
        List<Object[]> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int start = (int) ((long) i * DAYS / n) + random.nextInt(3);
            int length = 1 + random.nextInt(4);
            int placeIndex = skewed(random, Vocabulary.PLACES.size());
            Place place = Vocabulary.PLACES.get(placeIndex);
            office.eventStart[i] = start;
            office.eventLength[i] = length;
            office.eventPlace[i] = placeIndex;
            String series = oneOf(random, Vocabulary.EVENT_SERIES);
            int edition = editions.merge(series, 1, Integer::sum);
            rows.add(new Object[] {i + 1L, series + " " + day(start).getYear() + " (" + edition + ")", series, edition,
                    oneOf(random, place.cities()), place.countryCode(), random.nextBoolean() ? "Congress centre" : null,
                    day(start), day(start + length - 1), place.zone(),
                    random.nextBoolean() ? office.organisationIn(random, placeIndex) : null});
        }
        loader.load(EVENT, List.of(EVENT.ID, EVENT.NAME, EVENT.SERIES, EVENT.EDITION, EVENT.CITY, EVENT.COUNTRY_CODE,
                EVENT.VENUE, EVENT.START_DATE, EVENT.END_DATE, EVENT.TIME_ZONE, EVENT.HOST_ORGANISATION_ID),
                rows.stream());
    }

    /** Trips run through the fifteen years and a few months past the last day, where they are still planned. */
    private void trips() {
        Random random = office.random(11);
        int n = office.scale.trips();
        int span = DAYS + 180;
        office.tripStart = new int[n];
        office.tripLength = new int[n];
        office.tripPlace = new int[n];
        List<Object[]> trips = new ArrayList<>(n);
        List<Object[]> destinations = new ArrayList<>();
        List<Object[]> members = new ArrayList<>();
        List<Object[]> events = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long id = i + 1L;
            int start = (int) ((long) i * span / n);
            int length = 2 + random.nextInt(7);
            int placeIndex = 1 + skewed(random, Vocabulary.PLACES.size() - 1);
            Place place = Vocabulary.PLACES.get(placeIndex);
            office.tripStart[i] = start;
            office.tripLength[i] = length;
            office.tripPlace[i] = placeIndex;
            String status = start > DAYS ? "planned" : start + length > DAYS ? "under_way" : "completed";
            trips.add(new Object[] {id, (random.nextBoolean() ? "Working visit to " : "Official visit to ")
                    + place.countryName() + " " + day(start).getYear(), "Cooperation with " + place.countryName(),
                    day(start), day(start + length - 1), status});
            destinations.add(new Object[] {id, 1, place.cities().get(0), place.countryCode()});
            if (random.nextInt(3) == 0) {
                Place second = Vocabulary.PLACES.get(skewed(random, Vocabulary.PLACES.size()));
                destinations.add(new Object[] {id, 2, oneOf(random, second.cities()), second.countryCode()});
            }
            Set<Long> delegation = new LinkedHashSet<>();
            int size = 2 + random.nextInt(3);
            while (delegation.size() < size) {
                delegation.add(office.ourPerson(random));
            }
            int precedence = 1;
            for (long person : delegation) {
                members.add(new Object[] {id, person, precedence, precedence == 1 ? "Head of delegation" : null});
                precedence++;
            }
            int event = (int) ((long) start * office.eventStart.length / DAYS);
            if (random.nextInt(4) == 0 && event < office.eventStart.length) {
                events.add(new Object[] {id, event + 1L});
            }
        }
        loader.load(TRIP, List.of(TRIP.ID, TRIP.TITLE, TRIP.PURPOSE, TRIP.START_DATE, TRIP.END_DATE, TRIP.STATUS),
                trips.stream());
        loader.load(TRIP_DESTINATION, List.of(TRIP_DESTINATION.TRIP_ID, TRIP_DESTINATION.POSITION,
                TRIP_DESTINATION.CITY, TRIP_DESTINATION.COUNTRY_CODE), destinations.stream());
        loader.load(TRIP_MEMBER, List.of(TRIP_MEMBER.TRIP_ID, TRIP_MEMBER.PERSON_ID, TRIP_MEMBER.PRECEDENCE,
                TRIP_MEMBER.ROLE), members.stream());
        loader.load(TRIP_EVENT, List.of(TRIP_EVENT.TRIP_ID, TRIP_EVENT.EVENT_ID), events.stream());
    }

    /** The base topics, and each again for the first countries: "Extradition (Azerbaijan)". */
    private void topics() {
        List<Object[]> rows = new ArrayList<>();
        for (String topic : Vocabulary.TOPICS) {
            rows.add(new Object[] {rows.size() + 1L, topic});
        }
        for (Place place : Vocabulary.PLACES.subList(0, 10)) {
            for (String topic : Vocabulary.TOPICS) {
                rows.add(new Object[] {rows.size() + 1L, topic + " (" + place.countryName() + ")"});
            }
        }
        loader.load(TOPIC, List.of(TOPIC.ID, TOPIC.NAME), rows.stream());
    }

    private int topicCount() {
        return Vocabulary.TOPICS.size() * 11;
    }

    private void meetings() {
        Random random = office.random(12);
        int n = office.scale.meetings();
        office.meetingDay = new int[n];
        List<Object[]> meetings = new ArrayList<>(n);
        List<Object[]> attendees = new ArrayList<>(n * 3);
        List<Object[]> topics = new ArrayList<>(n * 2);
        List<Object[]> outcomes = new ArrayList<>(n);
        long outcomeId = 1;
        for (int i = 0; i < n; i++) {
            long id = i + 1L;
            int around = (int) ((long) i * DAYS / n);
            int roll = random.nextInt(100);
            Long tripId = null;
            Long eventId = null;
            int day;
            int placeIndex;
            if (roll < 35) {
                int trip = Math.min(office.tripStart.length - 1, (int) ((long) around * office.tripStart.length
                        / (DAYS + 180)));
                tripId = trip + 1L;
                day = office.tripStart[trip] + random.nextInt(office.tripLength[trip]);
                placeIndex = office.tripPlace[trip];
            } else if (roll < 55) {
                int event = Math.min(office.eventStart.length - 1, (int) ((long) around * office.eventStart.length
                        / DAYS));
                eventId = event + 1L;
                day = office.eventStart[event] + random.nextInt(office.eventLength[event]);
                placeIndex = office.eventPlace[event];
            } else {
                day = around;
                placeIndex = random.nextInt(3) == 0 ? 0 : skewed(random, Vocabulary.PLACES.size());
            }
            day = Math.min(day, DAYS - 1);
            office.meetingDay[i] = day;
            Place place = Vocabulary.PLACES.get(placeIndex);
            String start = random.nextInt(5) == 0 ? null : TIMES[random.nextInt(TIMES.length)];
            String end = start == null || random.nextBoolean() ? null
                    : String.format("%02d:%s", Integer.parseInt(start.substring(0, 2)) + 1, start.substring(3));
            String firstTopic = Vocabulary.TOPICS.get(skewed(random, Vocabulary.TOPICS.size()));
            meetings.add(new Object[] {id, oneOf(random, KINDS), random.nextInt(10) < 7 ? firstTopic + " talks" : null,
                    day(day), start, end, place.zone(), random.nextBoolean() ? "Ministry building" : null,
                    oneOf(random, place.cities()), place.countryCode(), tripId, eventId,
                    random.nextInt(3) == 0 ? "Discussed " + firstTopic.toLowerCase() + " with the delegation of "
                            + place.countryName() + "." : null});
            Set<Long> present = new LinkedHashSet<>();
            present.add(office.ourPerson(random));
            if (random.nextInt(10) == 0) {
                present.add(office.ourPerson(random));
            }
            int theirs = random.nextInt(10) < 6 ? 1 : random.nextInt(4) < 3 ? 2 : 3;
            for (int k = 0; k < theirs; k++) {
                present.add(office.counterpartIn(random, placeIndex));
            }
            present.forEach(person -> attendees.add(new Object[] {id, person}));
            Set<Long> about = new LinkedHashSet<>();
            int topicsHere = 1 + random.nextInt(3);
            while (about.size() < topicsHere) {
                about.add(1L + skewed(random, topicCount()));
            }
            about.forEach(topic -> topics.add(new Object[] {id, topic}));
            int outcomesHere = random.nextInt(10) < 5 ? 0 : random.nextInt(5) == 0 ? 2 : 1;
            for (int position = 1; position <= outcomesHere; position++) {
                outcomes.add(new Object[] {outcomeId++, id, position, oneOf(random, Vocabulary.OUTCOME_KINDS),
                        "Agreed to continue the dialogue on " + firstTopic.toLowerCase() + "."});
            }
        }
        loader.load(MEETING, List.of(MEETING.ID, MEETING.KIND, MEETING.TITLE, MEETING.LOCAL_DATE, MEETING.START_TIME,
                MEETING.END_TIME, MEETING.TIME_ZONE, MEETING.PLACE, MEETING.CITY, MEETING.COUNTRY_CODE,
                MEETING.TRIP_ID, MEETING.EVENT_ID, MEETING.SUMMARY), meetings.stream());
        loader.load(MEETING_ATTENDEE, List.of(MEETING_ATTENDEE.MEETING_ID, MEETING_ATTENDEE.PERSON_ID),
                attendees.stream());
        loader.load(MEETING_TOPIC, List.of(MEETING_TOPIC.MEETING_ID, MEETING_TOPIC.TOPIC_ID), topics.stream());
        loader.load(OUTCOME, List.of(OUTCOME.ID, OUTCOME.MEETING_ID, OUTCOME.POSITION, OUTCOME.KIND, OUTCOME.TEXT),
                outcomes.stream());
    }
}
