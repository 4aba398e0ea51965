package org.protocoldesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import org.protocoldesk.service.CalendarExportService;
import org.protocoldesk.service.CalendarService;
import org.protocoldesk.model.ReadOnlyCause;
import org.protocoldesk.service.BackupService;
import org.protocoldesk.report.Renderers;
import org.protocoldesk.report.ReportTexts;
import org.protocoldesk.service.BriefingService;
import org.protocoldesk.service.CounterpartService;
import org.protocoldesk.service.DataChangeListeners;
import org.protocoldesk.service.CountryService;
import org.protocoldesk.service.DemoDataService;
import org.protocoldesk.service.DocumentService;
import org.protocoldesk.service.DraftService;
import org.protocoldesk.service.EventService;
import org.protocoldesk.service.FollowUpService;
import org.protocoldesk.service.InvitationLedger;
import org.protocoldesk.service.InvitationService;
import org.protocoldesk.service.LinkService;
import org.protocoldesk.service.SearchService;
import org.protocoldesk.service.MeetingLogService;
import org.protocoldesk.service.MeetingService;
import org.protocoldesk.service.OrganisationService;
import org.protocoldesk.service.ReportExportService;
import org.protocoldesk.service.TripReportService;
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
    private final DocumentService documents;
    private final MeetingService meetings;
    private final InvitationService invitations;
    private final FollowUpService followUps;
    private final DemoDataService demoData;
    private final CalendarService calendar;
    private final CalendarExportService calendarExport;
    private final BackupService backups;
    private final LinkService links;
    private final SearchService search;
    private final DataChangeListeners changes = new DataChangeListeners();
    private final BriefingService briefings;
    private final TripReportService tripReports;
    private final ReportExportService reportExports;
    private final CountryService countries;
    private final MeetingLogService meetingLog;
    private final DraftService drafts;
    private final InvitationLedger ledger;

    private Backend(Database database) {
        this.database = database;
        DataStore data = new DataStore(database.configuration());
        this.organisations = new OrganisationService(data, changes);
        this.counterparts = new CounterpartService(data, changes);
        this.events = new EventService(data, changes);
        this.trips = new TripService(data, changes);
        this.documents = new DocumentService(data, changes);
        this.links = new LinkService(data);
        this.search = new SearchService(data);
        this.meetings = new MeetingService(data);
        this.invitations = new InvitationService(data);
        this.followUps = new FollowUpService(data);
        this.demoData = new DemoDataService(data);
        this.calendar = new CalendarService(data);
        this.backups = new BackupService(database);
        Clock clock = Clock.systemDefaultZone();
        ReportTexts texts = ReportTexts.english();
        this.briefings = new BriefingService(data, clock, texts);
        this.tripReports = new TripReportService(data, clock, texts);
        this.reportExports = new ReportExportService(data, clock, new Renderers(texts));
        this.calendarExport = new CalendarExportService(data, clock);
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

    DocumentService documents() {
        return documents;
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

    BriefingService briefings() {
        return briefings;
    }

    TripReportService tripReports() {
        return tripReports;
    }

    ReportExportService reportExports() {
        return reportExports;
    }

    CalendarService calendar() {
        return calendar;
    }

    CalendarExportService calendarExport() {
        return calendarExport;
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

    LinkService links() {
        return links;
    }

    SearchService search() {
        return search;
    }

    /** Where a screen subscribes to the services' change notices. */
    DataChangeListeners changes() {
        return changes;
    }

    @Override
    public void close() {
        database.close();
    }
}
