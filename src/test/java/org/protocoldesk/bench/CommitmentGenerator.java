package org.protocoldesk.bench;

import static org.protocoldesk.bench.Skeleton.DAYS;
import static org.protocoldesk.bench.Skeleton.day;
import static org.protocoldesk.bench.Skeleton.oneOf;
import static org.protocoldesk.bench.Skeleton.skewed;
import static org.protocoldesk.store.generated.Tables.DOCUMENT;
import static org.protocoldesk.store.generated.Tables.DOCUMENT_PARTY;
import static org.protocoldesk.store.generated.Tables.FOLLOW_UP;
import static org.protocoldesk.store.generated.Tables.INVITATION;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.protocoldesk.bench.Vocabulary.Place;

/**
 * What the meetings leave behind: invitations extended through the years (those whose deadline is still ahead are
 * pending), follow-ups due some weeks after their meeting (mostly done, unless recent), and documents with their
 * parties.
 */
final class CommitmentGenerator {
    private static final List<String> OCCASIONS = List.of("official_visit", "working_visit", "conference", "ceremony",
            "other");
    private static final List<String> DECIDED = List.of("accepted", "accepted", "declined", "fulfilled", "fulfilled",
            "lapsed");
    private static final List<String> DOCUMENT_KINDS = List.of("agreement", "memorandum", "programme", "declaration",
            "protocol", "plan", "charter", "other");

    private final Skeleton office;
    private final TableLoader loader;

    CommitmentGenerator(Skeleton office, TableLoader loader) {
        this.office = office;
        this.loader = loader;
    }

    void generate() {
        invitations();
        followUps();
        documents();
    }

    private void invitations() {
        Random random = office.random(20);
        int n = office.scale.invitations();
        List<Object[]> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int extended = (int) ((long) i * DAYS / n);
            int placeIndex = skewed(random, Vocabulary.PLACES.size());
            Place place = Vocabulary.PLACES.get(placeIndex);
            boolean incoming = random.nextInt(3) != 0;
            long counterpart = office.counterpartIn(random, placeIndex);
            Long organisation = random.nextBoolean() ? office.organisationIn(random, placeIndex) : null;
            long ours = office.ourPerson(random);
            int proposed = extended + 30 + random.nextInt(270);
            Integer deadline = random.nextInt(10) < 7 ? extended + 20 + random.nextInt(70) : null;
            String status = deadline != null && deadline >= DAYS ? "pending"
                    : random.nextInt(50) == 0 ? "pending" : oneOf(random, DECIDED);
            int meeting = (int) ((long) extended * office.meetingDay.length / DAYS);
            boolean tripFulfilled = status.equals("fulfilled") && random.nextBoolean();
            rows.add(new Object[] {i + 1L, incoming ? "incoming" : "outgoing", oneOf(random, OCCASIONS),
                    (incoming ? "Invitation from " : "Invitation to ") + place.countryName(),
                    incoming ? counterpart : ours, incoming ? organisation : null,
                    incoming ? ours : counterpart, incoming ? null : organisation, oneOf(random, place.cities()),
                    place.countryCode(), day(proposed), day(proposed + random.nextInt(5)), day(extended),
                    random.nextInt(5) == 0 ? meeting + 1L : null, deadline == null ? null : day(deadline), status,
                    tripFulfilled ? tripAround(proposed) : null,
                    status.equals("fulfilled") && !tripFulfilled ? eventAround(proposed) : null});
        }
        loader.load(INVITATION, List.of(INVITATION.ID, INVITATION.DIRECTION, INVITATION.OCCASION,
                INVITATION.DESCRIPTION, INVITATION.INVITER_PERSON_ID, INVITATION.INVITER_ORGANISATION_ID,
                INVITATION.INVITEE_PERSON_ID, INVITATION.INVITEE_ORGANISATION_ID, INVITATION.PLACE,
                INVITATION.COUNTRY_CODE, INVITATION.PROPOSED_START, INVITATION.PROPOSED_END, INVITATION.EXTENDED_ON,
                INVITATION.EXTENDED_AT_MEETING_ID, INVITATION.REPLY_DEADLINE, INVITATION.STATUS,
                INVITATION.FULFILLED_BY_TRIP_ID, INVITATION.FULFILLED_BY_EVENT_ID), rows.stream());
    }

    private long tripAround(int day) {
        return 1 + Math.min(office.tripStart.length - 1, (long) day * office.tripStart.length / (DAYS + 180));
    }

    private long eventAround(int day) {
        return 1 + Math.min(office.eventStart.length - 1, (long) day * office.eventStart.length / DAYS);
    }

    /** Most follow-ups come from a meeting and fall due two weeks to four months after it. */
    private void followUps() {
        Random random = office.random(21);
        int n = office.scale.followUps();
        int meetings = office.meetingDay.length;
        List<Object[]> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int meeting = (int) ((long) i * meetings / n);
            boolean fromMeeting = random.nextInt(5) != 0;
            int due = office.meetingDay[meeting] + 14 + random.nextInt(110);
            boolean old = due < DAYS - 30;
            int roll = random.nextInt(100);
            String status = !old || roll < 10 ? "open" : roll < 95 ? "done" : "dropped";
            Integer done = status.equals("done") ? Math.min(DAYS - 1, due - 10 + random.nextInt(20)) : null;
            rows.add(new Object[] {i + 1L, "Send the " + oneOf(random, Vocabulary.TOPICS).toLowerCase()
                    + " materials as promised", random.nextBoolean() ? "us" : "them",
                    random.nextInt(10) < 7 ? office.ourPerson(random) : null,
                    random.nextInt(10) == 0 ? null : day(due), done == null ? null : day(done), status,
                    fromMeeting ? meeting + 1L : null});
        }
        loader.load(FOLLOW_UP, List.of(FOLLOW_UP.ID, FOLLOW_UP.TEXT, FOLLOW_UP.OWED_BY, FOLLOW_UP.OWNER_PERSON_ID,
                FOLLOW_UP.DUE_DATE, FOLLOW_UP.DONE_DATE, FOLLOW_UP.STATUS, FOLLOW_UP.MEETING_ID), rows.stream());
    }

    private void documents() {
        Random random = office.random(22);
        int n = office.scale.documents();
        List<Object[]> documents = new ArrayList<>(n);
        List<Object[]> parties = new ArrayList<>(n * 2);
        for (int i = 0; i < n; i++) {
            long id = i + 1L;
            int meeting = random.nextInt(office.meetingDay.length);
            int concluded = office.meetingDay[meeting];
            int placeIndex = skewed(random, Vocabulary.PLACES.size());
            Place place = Vocabulary.PLACES.get(placeIndex);
            String kind = oneOf(random, DOCUMENT_KINDS);
            String status = random.nextInt(10) < 6 ? "signed" : random.nextBoolean() ? "adopted" : "draft";
            documents.add(new Object[] {id, kind, "Memorandum on " + oneOf(random, Vocabulary.TOPICS).toLowerCase()
                    + " with " + place.countryName(), status, status.equals("draft") ? null : day(concluded),
                    place.cities().get(0), status.equals("draft") ? null : day(concluded),
                    random.nextBoolean() ? day(concluded + 5 * 365) : null, random.nextBoolean() ? meeting + 1L : null});
            parties.add(new Object[] {id, 1, office.organisationIn(random, 0), null, null});
            parties.add(new Object[] {id, 2, null, place.countryCode(), null});
        }
        loader.load(DOCUMENT, List.of(DOCUMENT.ID, DOCUMENT.KIND, DOCUMENT.TITLE, DOCUMENT.STATUS,
                DOCUMENT.CONCLUDED_ON, DOCUMENT.PLACE, DOCUMENT.VALID_FROM, DOCUMENT.VALID_UNTIL, DOCUMENT.MEETING_ID),
                documents.stream());
        loader.load(DOCUMENT_PARTY, List.of(DOCUMENT_PARTY.DOCUMENT_ID, DOCUMENT_PARTY.POSITION,
                DOCUMENT_PARTY.ORGANISATION_ID, DOCUMENT_PARTY.COUNTRY_CODE, DOCUMENT_PARTY.NAME), parties.stream());
    }
}
