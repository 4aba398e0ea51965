package org.protocoldesk.service;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.protocoldesk.model.Country;
import org.protocoldesk.model.DatePrecision;
import org.protocoldesk.model.DocumentKind;
import org.protocoldesk.model.DocumentStatus;
import org.protocoldesk.model.FollowUpStatus;
import org.protocoldesk.model.InvitationDirection;
import org.protocoldesk.model.InvitationOccasion;
import org.protocoldesk.model.InvitationStatus;
import org.protocoldesk.model.MeetingKind;
import org.protocoldesk.model.OrganisationKind;
import org.protocoldesk.model.Outcome;
import org.protocoldesk.model.Party;
import org.protocoldesk.model.Side;
import org.protocoldesk.model.TripStatus;

/**
 * The demo data set as written in {@code demo-data.json}: records name each other by readable keys
 * ("kamran-aliyev") that {@link DemoDataLoader} turns into ids. Absent lists read as empty.
 */
@JsonIgnoreProperties("about")
record DemoData(List<Country> countries, List<OrganisationEntry> organisations, List<PersonEntry> people,
                List<EventEntry> events, List<TripEntry> trips, List<MeetingEntry> meetings,
                List<InvitationEntry> invitations, List<DocumentEntry> documents, List<FollowUpEntry> followUps) {

    DemoData {
        countries = orEmpty(countries);
        organisations = orEmpty(organisations);
        people = orEmpty(people);
        events = orEmpty(events);
        trips = orEmpty(trips);
        meetings = orEmpty(meetings);
        invitations = orEmpty(invitations);
        documents = orEmpty(documents);
        followUps = orEmpty(followUps);
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** An entry that other entries, and error messages, name by its key. */
    interface Keyed {
        String key();
    }

    record OrganisationEntry(String key, String name, String shortName, OrganisationKind kind, String country,
                             String notes) implements Keyed {
    }

    record PersonEntry(String key, Side side, String fullName, String honorific, String givenName, String familyName,
                       List<String> otherSpellings, String country, List<String> languages, List<PostEntry> posts,
                       String biography, String profileSource, LocalDate profileAsOf) implements Keyed {
    }

    /** A post with its term, or, when a report shows it held only on a day, that day ({@code heldOn}). */
    record PostEntry(String organisation, String title, LocalDate from, LocalDate to, LocalDate heldOn) {
    }

    record EventEntry(String key, String name, String series, Integer edition, String city, String country,
                      String venue, LocalDate startDate, LocalDate endDate, ZoneId timeZone, String host,
                      String notes, DatePrecision datePrecision) implements Keyed {
    }

    record TripEntry(String key, String title, String purpose, String objectives, LocalDate startDate,
                     LocalDate endDate, TripStatus status, String notes, List<DestinationEntry> destinations,
                     List<MemberEntry> delegation, List<String> events, DatePrecision datePrecision)
            implements Keyed {
    }

    record DestinationEntry(String city, String country) {
    }

    record MemberEntry(String person, String role) {
    }

    record MeetingEntry(String key, MeetingKind kind, String title, LocalDate date, LocalTime startTime, LocalTime endTime,
                        ZoneId timeZone, String place, String city, String country, String trip, String event,
                        String summary, List<String> attendees, List<String> topics, List<Outcome> outcomes) implements Keyed {
    }

    record InvitationEntry(String key, InvitationDirection direction, InvitationOccasion occasion, String description,
                           String inviterPerson, String inviterOrganisation, String inviteePerson,
                           String inviteeOrganisation, String place, String country, LocalDate proposedStart,
                           LocalDate proposedEnd, LocalDate extendedOn, String extendedAtMeeting,
                           LocalDate replyDeadline, InvitationStatus status, String fulfilledByTrip,
                           String fulfilledByEvent, String notes, DatePrecision proposedPrecision,
                           String inviterName, String inviteeName) implements Keyed {
    }

    record DocumentEntry(String key, DocumentKind kind, String title, DocumentStatus status, LocalDate concludedOn,
                         String place, LocalDate validFrom, LocalDate validUntil, String meeting, String event,
                         String notes, List<PartyEntry> parties) implements Keyed {
    }

    record PartyEntry(String organisation, String country, String name) {
    }

    record FollowUpEntry(String key, String text, Party owedBy, String owner, LocalDate dueDate, LocalDate doneDate,
                         FollowUpStatus status, String meeting) implements Keyed {
    }
}
