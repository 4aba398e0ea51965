package org.protocoldesk.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.protocoldesk.model.Country;
import org.protocoldesk.model.Document;
import org.protocoldesk.model.Event;
import org.protocoldesk.model.Invitation;
import org.protocoldesk.model.Meeting;
import org.protocoldesk.model.MeetingDetail;
import org.protocoldesk.model.Organisation;
import org.protocoldesk.model.OutcomeLink;
import org.protocoldesk.model.Person;
import org.protocoldesk.model.Trip;
import org.protocoldesk.model.MeetingFilter;
import org.protocoldesk.model.MeetingFilterChoices;
import org.protocoldesk.model.MeetingSummary;
import org.protocoldesk.model.Page;
import org.protocoldesk.model.Side;
import org.protocoldesk.store.DataStore;
import org.protocoldesk.store.Stores;

/** The log of meetings. Methods block: call them through the {@link TaskRunner}. */
public final class MeetingService {
    private final DataStore data;

    public MeetingService(DataStore data) {
        this.data = data;
    }

    public List<MeetingSummary> latest(int limit) {
        return latest(Page.first(limit));
    }

    public List<MeetingSummary> latest(Page page) {
        return data.read(s -> s.meetings().latest(page));
    }

    /** The meetings held from {@code from} to {@code to}, both included, in order of date and time. */
    public List<MeetingSummary> between(LocalDate from, LocalDate to) {
        return data.read(s -> s.meetings().between(from, to));
    }

    /** A page of the meetings that pass the filter, newest first. */
    public List<MeetingSummary> latest(MeetingFilter filter, Page page) {
        return data.read(s -> s.meetings().latest(filter, page));
    }

    /** What the filters of the meetings list offer, read at once. */
    public MeetingFilterChoices filterChoices() {
        return data.read(s -> new MeetingFilterChoices(s.countries().all(), s.persons().choices().stream()
                .filter(p -> p.side() == Side.THEIRS).toList(), s.topics().all(), s.trips().summaries()));
    }

    /** The meeting with everything its pane shows, read at once; empty when it no longer exists. */
    public Optional<MeetingDetail> detail(long id) {
        return data.read(s -> s.meetings().find(id).map(meeting -> detail(s, meeting)));
    }

    private static MeetingDetail detail(Stores s, Meeting meeting) {
        List<OutcomeLink> links = s.meetings().outcomeLinks(meeting.id());
        List<MeetingDetail.OutcomeDetail> outcomes = new ArrayList<>();
        for (int i = 0; i < meeting.outcomes().size(); i++) {
            OutcomeLink link = links.get(i);
            outcomes.add(new MeetingDetail.OutcomeDetail(meeting.outcomes().get(i),
                    link.invitationId() == null ? null : s.invitations().find(link.invitationId()).orElse(null),
                    link.documentId() == null ? null : s.documents().find(link.documentId()).orElse(null)));
        }
        List<MeetingDetail.FollowUpDetail> followUps = s.followUps().ofMeeting(meeting.id()).stream()
                .map(f -> new MeetingDetail.FollowUpDetail(f, f.ownerPersonId() == null ? null
                        : s.persons().find(f.ownerPersonId()).map(Person::fullName).orElse(null)))
                .toList();
        List<Invitation> otherInvitations = s.invitations().idsExtendedAt(meeting.id()).stream()
                .filter(id -> links.stream().noneMatch(link -> id.equals(link.invitationId())))
                .flatMap(id -> s.invitations().find(id).stream()).toList();
        List<Document> otherDocuments = s.documents().idsOfMeeting(meeting.id()).stream()
                .filter(id -> links.stream().noneMatch(link -> id.equals(link.documentId())))
                .flatMap(id -> s.documents().find(id).stream()).toList();
        return new MeetingDetail(meeting,
                meeting.countryCode() == null ? null
                        : s.countries().find(meeting.countryCode()).map(Country::name).orElse(null),
                meeting.tripId() == null ? null : s.trips().find(meeting.tripId()).map(Trip::title).orElse(null),
                meeting.eventId() == null ? null : s.events().find(meeting.eventId()).map(Event::name).orElse(null),
                attendees(s, meeting, Side.THEIRS), attendees(s, meeting, Side.OURS), outcomes, followUps,
                otherInvitations, otherDocuments);
    }

    private static List<MeetingDetail.Attendee> attendees(Stores s, Meeting meeting, Side side) {
        return s.meetings().attendeeIds(meeting.id(), side).stream()
                .flatMap(id -> s.persons().find(id).stream())
                .map(person -> person.postOn(meeting.date())
                        .map(post -> new MeetingDetail.Attendee(person.id(), person.fullName(), post.title(),
                                post.organisationId() == null ? null : s.organisations().find(post.organisationId())
                                        .map(Organisation::name).orElse(null)))
                        .orElse(new MeetingDetail.Attendee(person.id(), person.fullName(), null, null)))
                .toList();
    }

    public int count() {
        return data.read(s -> s.meetings().count());
    }

    public Optional<Meeting> find(long id) {
        return data.read(s -> s.meetings().find(id));
    }

    public Meeting add(Meeting meeting) {
        return data.write(s -> s.meetings().insert(meeting));
    }

    public void update(Meeting meeting) {
        data.writeAll(s -> s.meetings().update(meeting));
    }
}
