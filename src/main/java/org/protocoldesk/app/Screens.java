package org.protocoldesk.app;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.protocoldesk.model.Country;
import org.protocoldesk.model.Event;
import org.protocoldesk.model.EventSummary;
import org.protocoldesk.model.MeetingSummary;
import org.protocoldesk.model.Organisation;
import org.protocoldesk.model.OrganisationSummary;
import org.protocoldesk.model.PersonChoice;
import org.protocoldesk.model.PersonRef;
import org.protocoldesk.model.RecordKind;
import org.protocoldesk.model.TimelineChoice;
import org.protocoldesk.model.TimelineSubject;
import org.protocoldesk.model.TodayAgenda;
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
import org.protocoldesk.ui.documents.DocumentForm;
import org.protocoldesk.ui.documents.DocumentsController;
import org.protocoldesk.ui.documents.DocumentsView;
import org.protocoldesk.ui.events.EventForm;
import org.protocoldesk.ui.events.EventsController;
import org.protocoldesk.ui.events.EventsView;
import org.protocoldesk.ui.followups.FollowUpsController;
import org.protocoldesk.ui.followups.FollowUpsView;
import org.protocoldesk.ui.form.Choices;
import org.protocoldesk.ui.invitations.InvitationDecisions;
import org.protocoldesk.ui.invitations.InvitationForm;
import org.protocoldesk.ui.invitations.InvitationPane;
import org.protocoldesk.ui.invitations.InvitationsController;
import org.protocoldesk.ui.invitations.InvitationsView;
import org.protocoldesk.ui.meetinglog.MeetingLog;
import org.protocoldesk.ui.meetings.MeetingsController;
import org.protocoldesk.ui.meetings.MeetingsView;
import org.protocoldesk.ui.organisations.OrganisationForm;
import org.protocoldesk.ui.organisations.OrganisationsController;
import org.protocoldesk.ui.organisations.OrganisationsView;
import org.protocoldesk.ui.reports.ReportsController;
import org.protocoldesk.ui.reports.TripExportsView;
import org.protocoldesk.ui.shell.Section;
import org.protocoldesk.ui.timeline.TimelineController;
import org.protocoldesk.ui.timeline.TimelineView;
import org.protocoldesk.ui.today.TodayController;
import org.protocoldesk.ui.today.TodayView;
import org.protocoldesk.ui.trips.TripForm;
import org.protocoldesk.ui.trips.TripsController;
import org.protocoldesk.ui.trips.TripsView;

/**
 * The screens of the window, each built on its first visit: only Today is on the path to the first frame. A screen
 * built before the database is open shows that it is loading until {@link #connect} gives it its controller; one
 * built afterwards gets its controller at once and loads.
 */
final class Screens implements RecordOpener {
    /** The latest meetings a document's "at the meeting" picker offers; an older one stays linked, not offered. */
    private static final int MEETINGS_OFFERED = 2000;
    private static final String EXPORT_ICS = "Export to calendar (.ics)…";
    private final TodayView today = new TodayView();
    private final Map<Section, Node> built = new EnumMap<>(Section.class);
    private final Map<Section, Function<Services, Refreshable>> controllers = new EnumMap<>(Section.class);
    private final List<Refreshable> loaded = new ArrayList<>();
    private Consumer<Section> navigator = section -> { };
    private Services services;
    /** What the record forms offer to choose from, loaded with the first screen that has a form. */
    private final Choices<String, Country> countries = new Choices<>(Country::code);
    private final Choices<Long, Organisation> organisations = new Choices<>(Organisation::id);
    private final Choices<Long, PersonRef> ourPeople = new Choices<>(PersonRef::id);
    private final Choices<Long, Event> events = new Choices<>(Event::id);
    private final Choices<Long, MeetingSummary> meetingChoices = new Choices<>(MeetingSummary::id);
    private boolean formChoicesLoad;
    // The Log meeting form's entries, known once the services exist (connectMeetingLog).
    private LongConsumer editMeeting = id -> { };
    private BiConsumer<LocalDate, LocalTime> logMeetingAt = (day, time) -> { };
    private BiFunction<Node, String, Optional<Path>> chooseIcsFile = Screens::chooseIcsFileInADialog;
    // Each made with its screen's controller: a record opens in its section once navigation has built it.
    private TodayController todayController;
    private CounterpartsController counterparts;
    private OrganisationsController organisationsController;
    private TripsController tripsController;
    private ReportsController reports;
    private MeetingsView meetings;
    private InvitationsController invitationsController;
    private FollowUpsController followUpsController;
    private CalendarView calendar;
    private CalendarController calendarController;
    private TimelineController timelineController;
    private EventsController eventsController;
    private DocumentsController documentsController;

    /** What the controllers need, known once the database is open. */
    private record Services(Backend backend, TaskRunner tasks, Dialogs dialogs, Clock clock) {
    }

    /** The screen of {@code section}, built (and, once connected, loading) on the first call. */
    Node screen(Section section) {
        Node screen = built.get(section);
        if (screen == null) {
            screen = build(section);
            built.put(section, screen);
            if (services != null) {
                load(section).forEach(Refreshable::refresh);
            }
        }
        return screen;
    }

    /** True once the Today screen shows its data. */
    ObservableBooleanValue todayFilled() {
        return today.filled();
    }

    /** Lets the screens open records in other sections. */
    void connectNavigation(Consumer<Section> navigator) {
        this.navigator = navigator;
    }

    /**
     * Gives the screens built so far, and those built later, their services; Today shows {@code todayRead}, its data
     * read already, if there is one. The returned refresh loads every screen built by then: call it to fill them, and
     * again after the data changed under them.
     */
    Refreshable connect(Backend backend, TaskRunner tasks, Dialogs dialogs, Clock clock,
                        Optional<TodayAgenda> todayRead) {
        services = new Services(backend, tasks, dialogs, clock);
        built.keySet().forEach(this::load);
        if (todayController != null) {
            todayRead.ifPresent(todayController::show);
        }
        return () -> List.copyOf(loaded).forEach(Refreshable::refresh);
    }

    /** Loads every screen built by then but Today: for when Today shows what was read at start-up already. */
    void refreshAllButToday() {
        List.copyOf(loaded).stream().filter(screen -> screen != todayController).forEach(Refreshable::refresh);
    }

    /**
     * The Log meeting form, which exists once the services do: a meeting opens in it to be edited, and
     * double-clicking a free day or hour of the calendar logs a meeting then.
     */
    void connectMeetingLog(MeetingLog meetingLog) {
        editMeeting = meetingLog::edit;
        logMeetingAt = meetingLog::logAt;
    }

    /** File → Ad hoc briefing…: nothing until the services exist; the reports are made with the Trips screen. */
    void adHocBriefing(Window owner) {
        if (services != null) {
            reports().adHocBriefing(owner);
        }
    }

    /** The reports, made with the Trips screen: asking for them builds it if it is not yet. */
    private ReportsController reports() {
        screen(Section.TRIPS);
        return reports;
    }

    /** Shows a record in its section's list, selected (navigating there builds the section's screen). */
    @Override
    public void open(Section section, long id) {
        navigator.accept(section);
        switch (section) {
            case COUNTERPARTS -> counterparts.open(id);
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

    /** Makes the controller of a built screen; returns what now has to load: it, and the choices it made. */
    private List<Refreshable> load(Section section) {
        int before = loaded.size();
        loaded.add(controllers.get(section).apply(services));
        return List.copyOf(loaded.subList(before, loaded.size()));
    }

    /** Makes the view of {@code section} and notes how its controller is made. */
    private Node build(Section section) {
        return switch (section) {
            case TODAY -> {
                controllers.put(section, s -> todayController = new TodayController(today, s.tasks(),
                        s.backend().calendar(), s.clock(), this));
                yield today;
            }
            case COUNTERPARTS -> counterparts();
            case ORGANISATIONS -> organisations();
            case TRIPS -> trips();
            case MEETINGS -> meetings();
            case INVITATIONS -> invitations();
            case FOLLOW_UPS -> followUps();
            case CALENDAR -> calendar();
            case TIMELINE -> timeline();
            case EVENTS -> events();
            case DOCUMENTS -> documents();
        };
    }

    private Node counterparts() {
        CounterpartsView view = new CounterpartsView();
        controllers.put(Section.COUNTERPARTS, s -> {
            counterparts = new CounterpartsController(view, s.tasks(), s.dialogs(), s.backend().counterparts(),
                    new CounterpartForm(s.tasks(), s.dialogs(), s.backend().counterparts(), countries(s),
                            organisations), s.backend().links(), this);
            counterparts.addRecordCommand("counterpart-timeline", "Show timeline", Material2MZ.TIMELINE,
                    person -> showTimeline(new TimelineChoice(new TimelineSubject.OfCounterpart(person.id()),
                            person.fullName())));
            IcsExport withCounterpart = icsExport(s, view);
            counterparts.addRecordCommand("counterpart-ics", EXPORT_ICS, Material2AL.EVENT,
                    person -> withCounterpart.export(IcsExport.fileName("meetings-with", person.fullName()),
                            () -> s.backend().calendarExport().meetingsWith(person.id()), counterparts::tell));
            counterparts.addRecordCommand("counterpart-briefing", "Briefing…", Material2AL.ASSIGNMENT,
                    person -> reports().adHocBriefingWith(view, person.id(), person.countryCode()));
            return counterparts;
        });
        return view;
    }

    private Node organisations() {
        OrganisationsView view = new OrganisationsView();
        controllers.put(Section.ORGANISATIONS, s -> {
            organisationsController = new OrganisationsController(view, s.tasks(), s.dialogs(),
                    s.backend().organisations(), new OrganisationForm(s.tasks(), s.dialogs(),
                    s.backend().organisations(), s.backend().counterparts(), countries(s)), s.backend().links(),
                    this);
            organisationsController.addRecordCommand("organisation-timeline", "Show timeline", Material2MZ.TIMELINE,
                    organisation -> showTimeline(new TimelineChoice(
                            new TimelineSubject.OfOrganisation(organisation.id()), organisation.name())));
            return organisationsController;
        });
        return view;
    }

    private Node trips() {
        TripsView view = new TripsView();
        controllers.put(Section.TRIPS, s -> {
            reports = new ReportsController(view, s.tasks(), s.backend().briefings(), s.backend().tripReports(),
                    s.backend().reportExports(), s.backend().countries(), s.dialogs());
            tripsController = new TripsController(view, s.tasks(), s.dialogs(), s.backend().trips(),
                    new TripForm(s.tasks(), s.dialogs(), s.backend().trips(), countries(s), ourPeople, events), s.backend().links(), this);
            IcsExport ofTrip = icsExport(s, view);
            tripsController.addRecordCommand("trip-ics", EXPORT_ICS, Material2AL.EVENT,
                    trip -> ofTrip.export(IcsExport.fileName("trip", trip.title()),
                            () -> s.backend().calendarExport().ofTrip(trip.id()), tripsController::tell));
            showTripExports(s);
            return tripsController;
        });
        return view;
    }

    /** The trip's pane lists its exports, read again when one of them is exported. */
    private void showTripExports(Services s) {
        TripExportsView exports = new TripExportsView(s.tasks(), s.backend().reportExports(), s.dialogs());
        tripsController.pane().showExports(exports);
        tripsController.shownTrip().addListener((o, was, now) -> exports.show(now == null ? null : now.id()));
        exports.show(null);
        reports.setOnExported(exports::exported);
    }

    private Node meetings() {
        meetings = new MeetingsView();
        controllers.put(Section.MEETINGS, s -> {
            MeetingsController controller = new MeetingsController(meetings, s.tasks(), s.backend().meetings(),
                    s.dialogs(), this);
            controller.setEditor(id -> editMeeting.accept(id));
            return controller;
        });
        return meetings;
    }

    private Node invitations() {
        InvitationsView view = new InvitationsView();
        controllers.put(Section.INVITATIONS, s -> {
            Choices<Long, PersonChoice> people = new Choices<>(PersonChoice::id);
            InvitationForm form = new InvitationForm(s.tasks(), s.dialogs(), s.backend().invitations(), people,
                    organisations, countries(s));
            InvitationDecisions decisions = new InvitationDecisions(s.tasks(), s.backend().ledger(),
                    s.backend().meetings(), s.backend().trips(), s.backend().events(), s.clock());
            invitationsController = new InvitationsController(view, s.tasks(), s.dialogs(),
                    s.backend().invitations(), form, decisions, new InvitationPane(form, decisions, this), s.clock(),
                    this::commitmentsChanged);
            loaded.add(() -> people.load(s.tasks(), s.backend().meetingLog()::people, form::reloadUnlessEdited));
            // An invitation shows the names of its parties: a person or organisation edited or deleted changes them.
            s.backend().changes().add((kind, id) -> {
                if (kind == RecordKind.COUNTERPART || kind == RecordKind.ORGANISATION) {
                    Platform.runLater(invitationsController::refresh);
                }
            });
            return invitationsController;
        });
        return view;
    }

    private Node followUps() {
        FollowUpsView view = new FollowUpsView();
        controllers.put(Section.FOLLOW_UPS, s -> followUpsController = new FollowUpsController(view, s.tasks(),
                s.dialogs(), s.backend().followUps(), s.clock(), this, this::commitmentsChanged));
        return view;
    }

    private Node calendar() {
        calendar = new CalendarView();
        calendar.setOnLogMeeting((day, time) -> logMeetingAt.accept(day, time));
        controllers.put(Section.CALENDAR, s -> {
            calendarController = new CalendarController(calendar, s.tasks(), s.backend().calendar(), s.clock(), this);
            calendarController.exportWith(icsExport(s, calendar));
            return calendarController;
        });
        return calendar;
    }

    /** "Export .ics…" from a screen: the file chooser it shows belongs to that screen's window. */
    private IcsExport icsExport(Services s, Node screen) {
        return new IcsExport(s.tasks(), s.backend().calendarExport(), name -> chooseIcsFile.apply(screen, name),
                s.dialogs());
    }

    private static Optional<Path> chooseIcsFileInADialog(Node screen, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export to calendar (.ics)");
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("iCalendar", "*.ics"));
        return Optional.ofNullable(chooser.showSaveDialog(screen.getScene().getWindow())).map(File::toPath);
    }

    /** Chooses the .ics files to save into without the system's dialog, which a headless test cannot answer. */
    void chooseIcsFilesWith(Function<String, Optional<Path>> choose) {
        chooseIcsFile = (screen, name) -> choose.apply(name);
    }

    private Node timeline() {
        TimelineView view = new TimelineView();
        controllers.put(Section.TIMELINE, s -> timelineController = new TimelineController(view, s.tasks(),
                s.backend().calendar(), s.clock(), this));
        return view;
    }

    private Node events() {
        EventsView view = new EventsView();
        controllers.put(Section.EVENTS, s -> {
            eventsController = new EventsController(view, s.tasks(), s.dialogs(), s.backend().events(),
                    new EventForm(s.tasks(), s.dialogs(), s.backend().events(), countries(s), organisations),
                    s.backend().links(), this);
            return eventsController;
        });
        return view;
    }

    private Node documents() {
        DocumentsView view = new DocumentsView();
        controllers.put(Section.DOCUMENTS, s -> {
            documentsController = new DocumentsController(view, s.tasks(), s.dialogs(), s.backend().documents(),
                    new DocumentForm(s.tasks(), s.dialogs(), s.backend().documents(), countries(s), organisations,
                            meetingChoices, events), s.backend().links(), this);
            return documentsController;
        });
        return view;
    }

    /** Navigating to the timeline builds it (and its controller), which then shows the record chosen. */
    private void showTimeline(TimelineChoice choice) {
        navigator.accept(Section.TIMELINE);
        timelineController.show(choice);
    }

    /** An invitation or follow-up changed: Today and the calendar, where built, show commitments. */
    private void commitmentsChanged() {
        if (todayController != null) {
            todayController.refresh();
        }
        if (calendarController != null) {
            calendarController.refresh();
        }
    }

    /** The countries for a form; the first form to ask sets all the forms' choices to load with the screens. */
    private Choices<String, Country> countries(Services s) {
        if (!formChoicesLoad) {
            formChoicesLoad = true;
            loaded.add(() -> {
                countries.load(s.tasks(), s.backend().countries()::countries, () -> { });
                organisations.load(s.tasks(), () -> s.backend().organisations().summaries().stream()
                        .map(OrganisationSummary::organisation).toList(), () -> { });
                ourPeople.load(s.tasks(), s.backend().counterparts()::ourPeople, () -> { });
                events.load(s.tasks(), () -> s.backend().events().summaries().stream().map(EventSummary::event)
                        .toList(), () -> { });
                meetingChoices.load(s.tasks(), () -> s.backend().meetings().latest(MEETINGS_OFFERED), () -> { });
            });
        }
        return countries;
    }
}
