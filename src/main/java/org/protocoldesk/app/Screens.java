package org.protocoldesk.app;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.protocoldesk.model.Country;
import org.protocoldesk.model.Document;
import org.protocoldesk.model.Event;
import org.protocoldesk.model.EventSummary;
import org.protocoldesk.model.MeetingSummary;
import org.protocoldesk.model.Organisation;
import org.protocoldesk.model.OrganisationSummary;
import org.protocoldesk.model.PersonRef;
import org.protocoldesk.model.RecordKind;
import org.protocoldesk.model.TimelineChoice;
import org.protocoldesk.model.TimelineSubject;
import org.protocoldesk.service.TaskRunner;
import org.protocoldesk.ui.calendar.CalendarController;
import org.protocoldesk.ui.calendar.CalendarView;
import org.protocoldesk.ui.calendar.IcsExport;
import org.protocoldesk.ui.common.Dialogs;
import org.protocoldesk.ui.common.RecordOpener;
import org.protocoldesk.ui.common.Refreshable;
import org.protocoldesk.ui.counterparts.CounterpartForm;
import org.protocoldesk.ui.counterparts.CounterpartsController;
import org.protocoldesk.ui.counterparts.CounterpartsView;
import org.protocoldesk.model.PersonChoice;
import org.protocoldesk.ui.followups.FollowUpsController;
import org.protocoldesk.ui.followups.FollowUpsView;
import org.protocoldesk.ui.invitations.InvitationDecisions;
import org.protocoldesk.ui.invitations.InvitationForm;
import org.protocoldesk.ui.invitations.InvitationPane;
import org.protocoldesk.ui.documents.DocumentForm;
import org.protocoldesk.ui.documents.DocumentsController;
import org.protocoldesk.ui.documents.DocumentsView;
import org.protocoldesk.ui.events.EventForm;
import org.protocoldesk.ui.events.EventsController;
import org.protocoldesk.ui.events.EventsView;
import org.protocoldesk.ui.invitations.InvitationsController;
import org.protocoldesk.ui.invitations.InvitationsView;
import org.protocoldesk.ui.meetinglog.MeetingLog;
import org.protocoldesk.ui.meetings.MeetingsController;
import org.protocoldesk.ui.meetings.MeetingsView;
import org.protocoldesk.ui.form.Choices;
import org.protocoldesk.ui.organisations.OrganisationForm;
import org.protocoldesk.ui.organisations.OrganisationsController;
import org.protocoldesk.ui.organisations.OrganisationsView;
import org.protocoldesk.ui.shell.Section;
import org.protocoldesk.ui.timeline.TimelineController;
import org.protocoldesk.ui.timeline.TimelineView;
import org.protocoldesk.ui.today.TodayController;
import org.protocoldesk.ui.today.TodayView;
import org.protocoldesk.ui.reports.ReportsController;
import org.protocoldesk.ui.reports.TripExportsView;
import org.protocoldesk.ui.trips.TripForm;
import org.protocoldesk.ui.trips.TripsController;
import org.protocoldesk.ui.trips.TripsView;

/**
 * The screens of the window. Their views exist from the first frame, showing that they are loading; the
 * controllers of those that show data are made once the services exist, and fill them.
 */
final class Screens implements RecordOpener {
    /** The latest meetings a document's "at the meeting" picker offers; an older one stays linked, not offered. */
    private static final int MEETINGS_OFFERED = 2000;
    private final TodayView today = new TodayView();
    private final CounterpartsView counterparts = new CounterpartsView();
    private final OrganisationsView organisations = new OrganisationsView();
    private final TripsView trips = new TripsView();
    private final MeetingsView meetings = new MeetingsView();
    private final InvitationsView invitations = new InvitationsView();
    private final CalendarView calendar = new CalendarView();
    private final TimelineView timeline = new TimelineView();
    private final EventsView events = new EventsView();
    private final DocumentsView documents = new DocumentsView();
    private final FollowUpsView followUps = new FollowUpsView();
    private InvitationsController invitationsController;
    private FollowUpsController followUpsController;

    private ReportsController reports;

    /** File → Ad hoc briefing…: nothing until the services exist. */
    void adHocBriefing() {
        if (reports != null) {
            reports.adHocBriefing();
        }
    }

    Map<Section, Node> nodes() {
        Map<Section, Node> nodes = new EnumMap<>(Section.class);
        nodes.put(Section.TODAY, today);
        nodes.put(Section.COUNTERPARTS, counterparts);
        nodes.put(Section.ORGANISATIONS, organisations);
        nodes.put(Section.TRIPS, trips);
        nodes.put(Section.MEETINGS, meetings);
        nodes.put(Section.INVITATIONS, invitations);
        nodes.put(Section.FOLLOW_UPS, followUps);
        nodes.put(Section.CALENDAR, calendar);
        nodes.put(Section.TIMELINE, timeline);
        nodes.put(Section.EVENTS, events);
        nodes.put(Section.DOCUMENTS, documents);
        return nodes;
    }

    private Consumer<Section> navigator = section -> { };
    private LongConsumer editMeeting = id -> { };
    // Set by connect, before any screen can open a record.
    private CounterpartsController counterpartsController;
    private OrganisationsController organisationsController;
    private TripsController tripsController;
    private EventsController eventsController;
    private DocumentsController documentsController;

    /** True once the Today screen shows its data. */
    ObservableBooleanValue todayFilled() {
        return today.filled();
    }

    /** Lets the screens open records in other sections. */
    void connectNavigation(Consumer<Section> navigator) {
        this.navigator = navigator;
    }

    /** Shows a record in its section's list, selected. */
    @Override
    public void open(Section section, long id) {
        navigator.accept(section);
        switch (section) {
            case COUNTERPARTS -> counterpartsController.open(id);
            case ORGANISATIONS -> organisationsController.open(id);
            case TRIPS -> tripsController.open(id);
            case EVENTS -> eventsController.open(id);
            case DOCUMENTS -> documentsController.open(id);
            case MEETINGS -> meetings.reveal(m -> m.id() == id);
            case INVITATIONS -> invitationsController.reveal(id);
            case FOLLOW_UPS -> followUpsController.reveal(id);
            default -> throw new IllegalArgumentException("No list of records in " + section);
        }
    }

    /** The trip's pane lists its exports, read again when one of them is exported. */
    private void showTripExports(TaskRunner tasks, Dialogs dialogs, Backend backend) {
        TripExportsView exports = new TripExportsView(tasks, backend.reportExports(), dialogs);
        tripsController.pane().showExports(exports);
        tripsController.shownTrip().addListener((o, was, now) -> exports.show(now == null ? null : now.id()));
        exports.show(null);
        reports.setOnExported(exports::exported);
    }

    private CalendarController calendarController(Backend backend, TaskRunner tasks, Dialogs dialogs, Clock clock) {
        CalendarController controller = new CalendarController(calendar, tasks, backend.calendar(), clock, this);
        controller.exportWith(new IcsExport(tasks, backend.calendarExport(), this::chooseIcsFile, dialogs));
        return controller;
    }

    private Optional<Path> chooseIcsFile(String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export .ics");
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("iCalendar", "*.ics"));
        return Optional.ofNullable(chooser.showSaveDialog(calendar.getScene().getWindow())).map(File::toPath);
    }

    /**
     * The Log meeting form, which exists once the services do: a meeting opens in it to be edited, and
     * double-clicking a free day or hour of the calendar logs a meeting then.
     */
    void connectMeetingLog(MeetingLog meetingLog) {
        editMeeting = meetingLog::edit;
        calendar.setOnLogMeeting(meetingLog::logAt);
    }

    /** Connects the screens that show data to their services; refresh them to load it. */
    List<Refreshable> connect(Backend backend, TaskRunner tasks, Dialogs dialogs, Clock clock) {
        Choices<String, Country> countries = new Choices<>(Country::code);
        Choices<Long, Organisation> organisationChoices = new Choices<>(Organisation::id);
        Choices<Long, PersonRef> ourPeople = new Choices<>(PersonRef::id);
        Choices<Long, Event> eventChoices = new Choices<>(Event::id);
        Choices<Long, MeetingSummary> meetingChoices = new Choices<>(MeetingSummary::id);
        Refreshable choices = () -> {
            countries.load(tasks, backend.countries()::countries, () -> { });
            organisationChoices.load(tasks, () -> backend.organisations().summaries().stream()
                    .map(OrganisationSummary::organisation).toList(), () -> { });
            ourPeople.load(tasks, backend.counterparts()::ourPeople, () -> { });
            eventChoices.load(tasks, () -> backend.events().summaries().stream().map(EventSummary::event).toList(),
                    () -> { });
            meetingChoices.load(tasks, () -> backend.meetings().latest(MEETINGS_OFFERED), () -> { });
        };
        counterpartsController = new CounterpartsController(counterparts, tasks, dialogs,
                backend.counterparts(), new CounterpartForm(tasks, dialogs, backend.counterparts(), countries,
                organisationChoices), backend.links(), this);
        organisationsController = new OrganisationsController(organisations, tasks, dialogs,
                backend.organisations(), new OrganisationForm(tasks, dialogs, backend.organisations(),
                backend.counterparts(), countries), backend.links(), this);
        MeetingsController meetingsController = new MeetingsController(meetings, tasks, backend.meetings(), dialogs,
                this);
        meetingsController.setEditor(id -> editMeeting.accept(id));
        reports = new ReportsController(trips, tasks, backend.briefings(), backend.tripReports(),
                backend.reportExports(), backend.countries(), dialogs);
        TodayController todayController = new TodayController(today, tasks, backend.calendar(), clock, this);
        CalendarController calendarController = calendarController(backend, tasks, dialogs, clock);
        Runnable commitmentsChanged = () -> {
            todayController.refresh();
            calendarController.refresh();
        };
        Choices<Long, PersonChoice> people = new Choices<>(PersonChoice::id);
        InvitationForm invitationForm = new InvitationForm(tasks, dialogs, backend.invitations(), people,
                organisationChoices, countries);
        InvitationDecisions decisions = new InvitationDecisions(tasks, backend.ledger(), backend.meetings(),
                backend.trips(), backend.events(), clock);
        invitationsController = new InvitationsController(invitations, tasks, dialogs, backend.invitations(),
                invitationForm, decisions, new InvitationPane(invitationForm, decisions, this), clock,
                commitmentsChanged);
        followUpsController = new FollowUpsController(followUps, tasks, dialogs, backend.followUps(), clock,
                this, commitmentsChanged);
        Refreshable peopleChoices = () -> people.load(tasks, backend.meetingLog()::people,
                invitationForm::reloadUnlessEdited);
        tripsController = new TripsController(trips, tasks, dialogs, backend.trips(), new TripForm(tasks, dialogs,
                backend.trips(), countries, ourPeople, eventChoices));
        eventsController = new EventsController(events, tasks, dialogs, backend.events(), new EventForm(tasks,
                dialogs, backend.events(), countries, organisationChoices));
        documentsController = new DocumentsController(documents, tasks, dialogs, backend.documents(),
                new DocumentForm(tasks, dialogs, backend.documents(), countries, organisationChoices,
                        meetingChoices, eventChoices));
        showTripExports(tasks, dialogs, backend);
        List.of(tripsController, eventsController, documentsController)
                .forEach(controller -> controller.tellDependantsThrough(backend.links()));
        // An invitation shows the names of its parties: a person or organisation edited or deleted changes them.
        backend.changes().add((kind, id) -> {
            if (kind == RecordKind.COUNTERPART || kind == RecordKind.ORGANISATION) {
                Platform.runLater(invitationsController::refresh);
            }
        });
        TimelineController timelineController = new TimelineController(timeline, tasks, backend.calendar(), clock,
                this);
        Consumer<TimelineChoice> showTimeline = choice -> {
            navigator.accept(Section.TIMELINE);
            timelineController.show(choice);
        };
        counterpartsController.addRecordCommand("counterpart-timeline", "Show timeline", Material2MZ.TIMELINE,
                person -> showTimeline.accept(new TimelineChoice(new TimelineSubject.OfCounterpart(person.id()),
                        person.fullName())));
        counterpartsController.addRecordCommand("counterpart-briefing", "Briefing…", Material2AL.ASSIGNMENT,
                person -> reports.adHocBriefingWith(counterparts, person.id(), person.countryCode()));
        organisationsController.addRecordCommand("organisation-timeline", "Show timeline", Material2MZ.TIMELINE,
                organisation -> showTimeline.accept(new TimelineChoice(
                        new TimelineSubject.OfOrganisation(organisation.id()), organisation.name())));
        return List.of(choices, peopleChoices,
                todayController,
                counterpartsController,
                organisationsController,
                tripsController,
                meetingsController,
                invitationsController,
                followUpsController,
                calendarController,
                timelineController,
                eventsController,
                documentsController);
    }
}
