package org.protocoldesk.app;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import org.protocoldesk.model.Country;
import org.protocoldesk.model.FollowUp;
import org.protocoldesk.model.Event;
import org.protocoldesk.model.EventSummary;
import org.protocoldesk.model.MeetingSummary;
import org.protocoldesk.model.Organisation;
import org.protocoldesk.model.OrganisationSummary;
import org.protocoldesk.model.PersonRef;
import org.protocoldesk.model.RecordKind;
import org.protocoldesk.service.TaskRunner;
import org.protocoldesk.ui.calendar.CalendarController;
import org.protocoldesk.ui.calendar.CalendarView;
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
import org.protocoldesk.ui.form.Choices;
import org.protocoldesk.ui.invitations.InvitationsController;
import org.protocoldesk.ui.invitations.InvitationsView;
import org.protocoldesk.ui.meetings.MeetingsController;
import org.protocoldesk.ui.meetings.MeetingsView;
import org.protocoldesk.ui.organisations.OrganisationForm;
import org.protocoldesk.ui.organisations.OrganisationsController;
import org.protocoldesk.ui.organisations.OrganisationsView;
import org.protocoldesk.ui.reports.ReportsController;
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
    private CounterpartsController counterparts;
    private OrganisationsController organisationsController;
    private EventsView eventsView;
    private DocumentsView documents;
    private TripsView trips;
    private MeetingsView meetings;
    private InvitationsView invitations;

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
     * Gives the screens built so far, and those built later, their services. The returned refresh loads every screen
     * built by then: call it to fill them, and again after the data changed under them.
     */
    Refreshable connect(Backend backend, TaskRunner tasks, Dialogs dialogs, Clock clock) {
        services = new Services(backend, tasks, dialogs, clock);
        built.keySet().forEach(this::load);
        return () -> List.copyOf(loaded).forEach(Refreshable::refresh);
    }

    /** Shows a record in its section's list, selected (the section's screen is built by then). */
    @Override
    public void open(Section section, long id) {
        navigator.accept(section);
        switch (section) {
            case COUNTERPARTS -> counterparts.open(id);
            case ORGANISATIONS -> organisationsController.open(id);
            case TRIPS -> trips.reveal(t -> t.id() == id);
            case MEETINGS -> meetings.reveal(m -> m.id() == id);
            case INVITATIONS -> invitations.reveal(i -> i.invitation().id() == id);
            case EVENTS -> eventsView.reveal(e -> e.event().id() == id);
            case DOCUMENTS -> documents.reveal(d -> d.id() == id);
            default -> throw new IllegalArgumentException("No list of records in " + section);
        }
    }

    @Override
    public void open(RecordKind kind, long id) {
        switch (kind) {
            case COUNTERPART, ORGANISATION, TRIP, MEETING, INVITATION, EVENT, DOCUMENT ->
                    RecordOpener.super.open(kind, id);
            case FOLLOW_UP -> services.tasks().read(() -> services.backend().followUps().find(id)
                            .map(FollowUp::meetingId),
                    meeting -> meeting.ifPresentOrElse(m -> open(Section.MEETINGS, m),
                            () -> navigator.accept(Section.TODAY)),
                    failure -> services.dialogs().failure("The follow-up could not be read", failure));
        }
    }

    /** Makes the controller of a built screen; returns what now has to load: it, and the form choices it made. */
    private List<Refreshable> load(Section section) {
        int before = loaded.size();
        loaded.add(controllers.get(section).apply(services));
        return List.copyOf(loaded.subList(before, loaded.size()));
    }

    /** Makes the view of {@code section} and notes how its controller is made. */
    private Node build(Section section) {
        switch (section) {
            case TODAY -> {
                controllers.put(section, s -> new TodayController(today, s.tasks(), s.backend().calendar(), s.clock(),
                        this));
                return today;
            }
            case COUNTERPARTS -> {
                CounterpartsView view = new CounterpartsView();
                controllers.put(section, s -> counterparts = new CounterpartsController(view, s.tasks(), s.dialogs(),
                        s.backend().counterparts(), new CounterpartForm(s.tasks(), s.dialogs(),
                        s.backend().counterparts(), countries(s), organisations), s.backend().links(), this));
                return view;
            }
            case ORGANISATIONS -> {
                OrganisationsView view = new OrganisationsView();
                controllers.put(section, s -> organisationsController = new OrganisationsController(view, s.tasks(),
                        s.dialogs(), s.backend().organisations(), new OrganisationForm(s.tasks(), s.dialogs(),
                        s.backend().organisations(), s.backend().counterparts(), countries(s)), s.backend().links(),
                        this));
                return view;
            }
            case TRIPS -> {
                trips = new TripsView();
                controllers.put(section, s -> {
                    new ReportsController(trips, s.tasks(), s.backend().briefings(), s.backend().tripReports(),
                            s.backend().reportExports(), s.dialogs());
                    return new TripsController(trips, s.tasks(), s.dialogs(), s.backend().trips(), new TripForm(s.tasks(),
                            s.dialogs(), s.backend().trips(), countries(s), ourPeople, events));
                });
                return trips;
            }
            case MEETINGS -> {
                meetings = new MeetingsView();
                controllers.put(section, s -> new MeetingsController(meetings, s.tasks(), s.backend().meetings()));
                return meetings;
            }
            case INVITATIONS -> {
                invitations = new InvitationsView();
                controllers.put(section, s -> {
                    InvitationsController controller = new InvitationsController(invitations, s.tasks(),
                            s.backend().invitations(), s.clock());
                    // An invitation shows the names of its parties: a person or organisation edited or deleted
                    // changes them.
                    s.backend().changes().add((kind, id) -> {
                        if (kind == RecordKind.COUNTERPART || kind == RecordKind.ORGANISATION) {
                            Platform.runLater(controller::refresh);
                        }
                    });
                    return controller;
                });
                return invitations;
            }
            case CALENDAR -> {
                CalendarView view = new CalendarView();
                controllers.put(section, s -> new CalendarController(view, s.tasks(), s.backend().calendar(),
                        s.clock(), this));
                return view;
            }
            case TIMELINE -> {
                TimelineView view = new TimelineView();
                controllers.put(section, s -> new TimelineController(view, s.tasks(), s.backend().calendar(),
                        s.clock(), this));
                return view;
            }
            case EVENTS -> {
                EventsView view = eventsView = new EventsView();
                controllers.put(section, s -> new EventsController(view, s.tasks(), s.dialogs(), s.backend().events(),
                        new EventForm(s.tasks(), s.dialogs(), s.backend().events(), countries(s),
                                organisations)));
                return view;
            }
            case DOCUMENTS -> {
                DocumentsView view = documents = new DocumentsView();
                controllers.put(section, s -> new DocumentsController(view, s.tasks(), s.dialogs(),
                        s.backend().documents(), new DocumentForm(s.tasks(), s.dialogs(), s.backend().documents(),
                        countries(s), organisations, meetingChoices, events)));
                return view;
            }
            default -> throw new IllegalArgumentException("No screen for " + section);
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
