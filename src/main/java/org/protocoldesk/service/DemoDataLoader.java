package org.protocoldesk.service;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.protocoldesk.model.Country;
import org.protocoldesk.model.DatePrecision;
import org.protocoldesk.model.DelegationMember;
import org.protocoldesk.model.Destination;
import org.protocoldesk.model.Document;
import org.protocoldesk.model.DocumentParty;
import org.protocoldesk.model.Event;
import org.protocoldesk.model.FollowUp;
import org.protocoldesk.model.InvalidRecordException;
import org.protocoldesk.model.Invitation;
import org.protocoldesk.model.Meeting;
import org.protocoldesk.model.Organisation;
import org.protocoldesk.model.Person;
import org.protocoldesk.model.Post;
import org.protocoldesk.model.Trip;
import org.protocoldesk.service.DemoData.DocumentEntry;
import org.protocoldesk.service.DemoData.EventEntry;
import org.protocoldesk.service.DemoData.FollowUpEntry;
import org.protocoldesk.service.DemoData.InvitationEntry;
import org.protocoldesk.service.DemoData.Keyed;
import org.protocoldesk.service.DemoData.MeetingEntry;
import org.protocoldesk.service.DemoData.OrganisationEntry;
import org.protocoldesk.service.DemoData.PersonEntry;
import org.protocoldesk.service.DemoData.TripEntry;
import org.protocoldesk.store.DemoRowStore;
import org.protocoldesk.store.DemoTable;
import org.protocoldesk.store.Stores;

/**
 * Writes the demo data set through the stores of one transaction, turning keys into ids, and marks every row it
 * creates as demo data. Countries are reference data: missing ones are added, known ones left as they are.
 */
final class DemoDataLoader {
    private final Stores stores;
    private final DemoRowStore rows;
    private final DemoKeys<String> countries = new DemoKeys<>("country");
    private final DemoKeys<Long> organisations = new DemoKeys<>("organisation");
    private final DemoKeys<Long> people = new DemoKeys<>("person");
    private final DemoKeys<Long> events = new DemoKeys<>("event");
    private final DemoKeys<Long> trips = new DemoKeys<>("trip");
    private final DemoKeys<Long> meetings = new DemoKeys<>("meeting");

    DemoDataLoader(Stores stores) {
        this.stores = stores;
        this.rows = stores.demoRows();
    }

    void load(DemoData data) {
        data.countries().forEach(this::loadCountry);
        each("organisation", data.organisations(), this::loadOrganisation);
        each("person", data.people(), this::loadPerson);
        each("event", data.events(), this::loadEvent);
        each("trip", data.trips(), this::loadTrip);
        loadTopics(data);
        each("meeting", data.meetings(), this::loadMeeting);
        each("invitation", data.invitations(), this::loadInvitation);
        each("document", data.documents(), this::loadDocument);
        each("follow-up", data.followUps(), this::loadFollowUp);
    }

    /** Loads each entry, naming it ("person 'kamran-aliyev'") in any error about it. */
    private static <T extends Keyed> void each(String kind, List<T> entries, BiConsumer<T, String> load) {
        for (T entry : entries) {
            String name = kind + " '" + entry.key() + "'";
            try {
                load.accept(entry, name);
            } catch (InvalidRecordException e) {
                throw new DemoDataException("The " + name + " of the demo data set is invalid: " + e.getMessage());
            }
        }
    }

    private void loadCountry(Country country) {
        if (stores.countries().find(country.code()).isEmpty()) {
            stores.countries().save(country);
        }
        countries.put(country.code(), country.code());
    }

    private void loadOrganisation(OrganisationEntry e, String usedBy) {
        Organisation stored = stores.organisations().insert(new Organisation(null, e.name(), e.shortName(), e.kind(),
                countries.get(e.country(), usedBy), e.notes()));
        organisations.put(e.key(), mark(DemoTable.ORGANISATION, stored.id()));
    }

    private void loadPerson(PersonEntry e, String usedBy) {
        Person person = Person.builder(e.side(), e.fullName())
                .honorific(e.honorific())
                .givenName(e.givenName())
                .familyName(e.familyName())
                .otherSpellings(e.otherSpellings())
                .countryCode(countries.get(e.country(), usedBy))
                .languages(e.languages())
                .posts(DemoData.orEmpty(e.posts()).stream()
                        .map(p -> new Post(null, organisations.get(p.organisation(), usedBy), p.title(), p.from(),
                                DatePrecision.DAY, p.to(), DatePrecision.DAY, p.heldOn()))
                        .toList())
                .biography(e.biography())
                .profileSource(e.profileSource())
                .profileAsOf(e.profileAsOf())
                .build();
        people.put(e.key(), mark(DemoTable.PERSON, stores.persons().insert(person).id()));
    }

    private void loadEvent(EventEntry e, String usedBy) {
        Event stored = stores.events().insert(new Event(null, e.name(), e.series(), e.edition(), e.city(),
                countries.get(e.country(), usedBy), e.venue(), e.startDate(), e.endDate(),
                e.timeZone() == null ? null : e.timeZone().getId(), organisations.get(e.host(), usedBy), e.notes(),
                e.datePrecision()));
        events.put(e.key(), mark(DemoTable.EVENT, stored.id()));
    }

    private void loadTrip(TripEntry e, String usedBy) {
        Trip stored = stores.trips().insert(new Trip(null, e.title(), e.purpose(), e.objectives(), e.startDate(),
                e.endDate(), e.status(), e.notes(),
                DemoData.orEmpty(e.destinations()).stream()
                        .map(d -> new Destination(d.city(), countries.get(d.country(), usedBy))).toList(),
                DemoData.orEmpty(e.delegation()).stream()
                        .map(m -> new DelegationMember(people.get(m.person(), usedBy), m.role())).toList(),
                events.all(e.events(), usedBy), e.datePrecision()));
        trips.put(e.key(), mark(DemoTable.TRIP, stored.id()));
    }

    /** Creates the topics the meetings name that the database does not know yet; only those are demo rows. */
    private void loadTopics(DemoData data) {
        Set<Long> known = new HashSet<>();
        stores.topics().all().forEach(topic -> known.add(topic.id()));
        for (MeetingEntry meeting : data.meetings()) {
            for (String name : DemoData.orEmpty(meeting.topics())) {
                long id = stores.topics().findOrCreate(name).id();
                if (known.add(id)) {
                    mark(DemoTable.TOPIC, id);
                }
            }
        }
    }

    private void loadMeeting(MeetingEntry e, String usedBy) {
        Meeting stored = stores.meetings().insert(new Meeting(null, e.kind(), e.title(), e.date(), e.startTime(),
                e.endTime(), e.timeZone(), e.place(), e.city(), countries.get(e.country(), usedBy),
                trips.get(e.trip(), usedBy), events.get(e.event(), usedBy), e.summary(),
                people.all(e.attendees(), usedBy), e.topics(), e.outcomes()));
        meetings.put(e.key(), mark(DemoTable.MEETING, stored.id()));
    }

    private void loadInvitation(InvitationEntry e, String usedBy) {
        Invitation stored = stores.invitations().insert(new Invitation(null, e.direction(), e.occasion(),
                e.description(), people.get(e.inviterPerson(), usedBy),
                organisations.get(e.inviterOrganisation(), usedBy), people.get(e.inviteePerson(), usedBy),
                organisations.get(e.inviteeOrganisation(), usedBy), e.place(), countries.get(e.country(), usedBy),
                e.proposedStart(), e.proposedEnd(), e.extendedOn(), meetings.get(e.extendedAtMeeting(), usedBy),
                e.replyDeadline(), e.status(), trips.get(e.fulfilledByTrip(), usedBy),
                events.get(e.fulfilledByEvent(), usedBy), e.notes(), e.proposedPrecision(), e.inviterName(),
                e.inviteeName()));
        mark(DemoTable.INVITATION, stored.id());
    }

    private void loadDocument(DocumentEntry e, String usedBy) {
        Document stored = stores.documents().insert(new Document(null, e.kind(), e.title(), e.status(),
                e.concludedOn(), e.place(), e.validFrom(), e.validUntil(), meetings.get(e.meeting(), usedBy),
                events.get(e.event(), usedBy), e.notes(),
                DemoData.orEmpty(e.parties()).stream()
                        .map(p -> new DocumentParty(organisations.get(p.organisation(), usedBy),
                                countries.get(p.country(), usedBy), p.name()))
                        .toList()));
        mark(DemoTable.DOCUMENT, stored.id());
    }

    private void loadFollowUp(FollowUpEntry e, String usedBy) {
        FollowUp stored = stores.followUps().insert(new FollowUp(null, e.text(), e.owedBy(),
                people.get(e.owner(), usedBy), e.dueDate(), e.doneDate(), e.status(), meetings.get(e.meeting(), usedBy)));
        mark(DemoTable.FOLLOW_UP, stored.id());
    }

    private long mark(DemoTable table, long id) {
        rows.mark(table, id);
        return id;
    }
}
