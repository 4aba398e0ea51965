package org.protocoldesk.app;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import org.protocoldesk.model.Country;
import org.protocoldesk.model.Event;
import org.protocoldesk.model.EventSummary;
import org.protocoldesk.model.Organisation;
import org.protocoldesk.model.OrganisationSummary;
import org.protocoldesk.model.MeetingSummary;
import org.protocoldesk.model.PersonRef;
import org.protocoldesk.service.TaskRunner;
import org.protocoldesk.ui.calendar.CalendarController;
import org.protocoldesk.ui.calendar.CalendarView;
import org.protocoldesk.ui.common.Dialogs;
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
import org.protocoldesk.ui.invitations.InvitationsController;
import org.protocoldesk.ui.invitations.InvitationsView;
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
import org.protocoldesk.ui.trips.TripForm;
import org.protocoldesk.ui.trips.TripsController;
import org.protocoldesk.ui.trips.TripsView;

/**
 * The screens of the window. Their views exist from the first frame, showing that they are loading; the
 * controllers of those that show data are made once the services exist, and fill them.
 */
final class Screens {
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

    Map<Section, Node> nodes() {
        Map<Section, Node> nodes = new EnumMap<>(Section.class);
        nodes.put(Section.TODAY, today);
        nodes.put(Section.COUNTERPARTS, counterparts);
        nodes.put(Section.ORGANISATIONS, organisations);
        nodes.put(Section.TRIPS, trips);
        nodes.put(Section.MEETINGS, meetings);
        nodes.put(Section.INVITATIONS, invitations);
        nodes.put(Section.CALENDAR, calendar);
        nodes.put(Section.TIMELINE, timeline);
        nodes.put(Section.EVENTS, events);
        nodes.put(Section.DOCUMENTS, documents);
        return nodes;
    }

    private Consumer<Section> navigator = section -> { };

    /** True once the Today screen shows its data. */
    ObservableBooleanValue todayFilled() {
        return today.filled();
    }

    /** Lets the screens open records in other sections. */
    void connectNavigation(Consumer<Section> navigator) {
        this.navigator = navigator;
    }

    /** Shows a record in its section's list, selected. */
    void open(Section section, long id) {
        navigator.accept(section);
        switch (section) {
            case TRIPS -> trips.reveal(t -> t.id() == id);
            case MEETINGS -> meetings.reveal(m -> m.id() == id);
            case INVITATIONS -> invitations.reveal(i -> i.invitation().id() == id);
            default -> throw new IllegalArgumentException("No list of records in " + section);
        }
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
        CounterpartsController counterpartsController = new CounterpartsController(counterparts, tasks, dialogs,
                backend.counterparts(), new CounterpartForm(tasks, dialogs, backend.counterparts(), countries,
                organisationChoices));
        LongConsumer openPerson = id -> {
            navigator.accept(Section.COUNTERPARTS);
            counterpartsController.open(id);
        };
        OrganisationsController organisationsController = new OrganisationsController(organisations, tasks, dialogs,
                backend.organisations(), new OrganisationForm(tasks, dialogs, backend.organisations(),
                backend.counterparts(), countries), openPerson);
        new ReportsController(trips, tasks, backend.briefings(), backend.tripReports(), backend.reportExports(),
                dialogs);
        return List.of(choices,
                new TodayController(today, tasks, backend.calendar(), clock, this::open),
                counterpartsController,
                organisationsController,
                new TripsController(trips, tasks, dialogs, backend.trips(), new TripForm(tasks, dialogs,
                        backend.trips(), countries, ourPeople, eventChoices)),
                new MeetingsController(meetings, tasks, backend.meetings()),
                new InvitationsController(invitations, tasks, backend.invitations(), clock),
                new CalendarController(calendar, tasks, backend.calendar(), clock, this::open),
                new TimelineController(timeline, tasks, backend.calendar(), clock, this::open),
                new EventsController(events, tasks, dialogs, backend.events(), new EventForm(tasks, dialogs,
                        backend.events(), countries, organisationChoices)),
                new DocumentsController(documents, tasks, dialogs, backend.documents(), new DocumentForm(tasks,
                        dialogs, backend.documents(), countries, organisationChoices, meetingChoices, eventChoices)));
    }
}
