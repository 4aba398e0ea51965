package org.protocoldesk.app;

import java.nio.file.Path;
import java.util.Optional;
import org.protocoldesk.service.CalendarService;
import org.protocoldesk.service.CounterpartService;
import org.protocoldesk.service.DemoDataService;
import org.protocoldesk.service.EventService;
import org.protocoldesk.service.FollowUpService;
import org.protocoldesk.service.InvitationService;
import org.protocoldesk.service.MeetingService;
import org.protocoldesk.service.OrganisationService;
import org.protocoldesk.service.TripService;
import org.protocoldesk.store.DataStore;
import org.protocoldesk.store.Database;
import org.protocoldesk.store.InstanceLock;

/** The open database and the services over it. Built on a worker at start-up: opening may migrate. */
final class Backend implements AutoCloseable {
    private final Database database;
    private final OrganisationService organisations;
    private final CounterpartService counterparts;
    private final EventService events;
    private final TripService trips;
    private final MeetingService meetings;
    private final InvitationService invitations;
    private final FollowUpService followUps;
    private final DemoDataService demoData;
    private final CalendarService calendar;

    private Backend(Database database) {
        this.database = database;
        DataStore data = new DataStore(database.configuration());
        this.organisations = new OrganisationService(data);
        this.counterparts = new CounterpartService(data);
        this.events = new EventService(data);
        this.trips = new TripService(data);
        this.meetings = new MeetingService(data);
        this.invitations = new InvitationService(data);
        this.followUps = new FollowUpService(data);
        this.demoData = new DemoDataService(data);
        this.calendar = new CalendarService(data);
    }

    static Backend open(Path dataDir, Optional<InstanceLock> lock) {
        return new Backend(Database.open(dataDir, lock));
    }

    OrganisationService organisations() {
        return organisations;
    }

    CounterpartService counterparts() {
        return counterparts;
    }

    EventService events() {
        return events;
    }

    TripService trips() {
        return trips;
    }

    MeetingService meetings() {
        return meetings;
    }

    InvitationService invitations() {
        return invitations;
    }

    FollowUpService followUps() {
        return followUps;
    }

    CalendarService calendar() {
        return calendar;
    }

    DemoDataService demoData() {
        return demoData;
    }

    @Override
    public void close() {
        database.close();
    }
}
