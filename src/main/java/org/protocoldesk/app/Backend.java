package org.protocoldesk.app;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;
import org.protocoldesk.model.ReadOnlyCause;
import org.protocoldesk.service.BackupService;
import org.protocoldesk.service.CounterpartService;
import org.protocoldesk.service.CountryService;
import org.protocoldesk.service.DraftService;
import org.protocoldesk.service.InvitationLedger;
import org.protocoldesk.service.MeetingLogService;
import org.protocoldesk.service.DemoDataService;
import org.protocoldesk.service.EventService;
import org.protocoldesk.service.FollowUpService;
import org.protocoldesk.service.InvitationService;
import org.protocoldesk.service.MeetingService;
import org.protocoldesk.service.OrganisationService;
import org.protocoldesk.service.TripService;
import org.protocoldesk.store.DataStore;
import org.protocoldesk.store.Database;

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
    private final BackupService backups;
    private final CountryService countries;
    private final MeetingLogService meetingLog;
    private final DraftService drafts;
    private final InvitationLedger ledger;

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
        this.backups = new BackupService(database);
        this.countries = new CountryService(data);
        this.meetingLog = new MeetingLogService(data, ZoneId.systemDefault());
        this.drafts = new DraftService(data);
        this.ledger = new InvitationLedger(data);
    }

    /** Opens the database of a data folder whose lock the caller holds. */
    static Backend open(Path dataDir) {
        return new Backend(Database.openLocked(dataDir));
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

    CountryService countries() {
        return countries;
    }

    MeetingLogService meetingLog() {
        return meetingLog;
    }

    DraftService drafts() {
        return drafts;
    }

    InvitationLedger ledger() {
        return ledger;
    }

    DemoDataService demoData() {
        return demoData;
    }

    BackupService backups() {
        return backups;
    }

    /** Why the data may only be read, when it may. */
    Optional<ReadOnlyCause> readOnly() {
        return database.readOnly();
    }

    @Override
    public void close() {
        database.close();
    }
}
