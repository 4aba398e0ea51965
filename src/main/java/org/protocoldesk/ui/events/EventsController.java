package org.protocoldesk.ui.events;

import java.util.Optional;
import org.protocoldesk.model.Event;
import org.protocoldesk.model.EventSummary;
import org.protocoldesk.model.RecordKind;
import org.protocoldesk.service.EventService;
import org.protocoldesk.service.LinkService;
import org.protocoldesk.service.TaskRunner;
import org.protocoldesk.ui.common.Dialogs;
import org.protocoldesk.ui.common.LinksView;
import org.protocoldesk.ui.common.PagedQuery;
import org.protocoldesk.ui.common.RecordOpener;
import org.protocoldesk.ui.form.EditingListController;

/** Loads the events into their screen and edits the one selected in the pane beside it. */
public final class EventsController extends EditingListController<EventSummary, Event> {
    private final EventService events;

    public EventsController(EventsView view, TaskRunner tasks, Dialogs dialogs, EventService events, EventForm form,
                            LinkService links, RecordOpener opener) {
        this(view, tasks, dialogs, events, form, links, new EventPane(form,
                new LinksView("event", tasks, links, opener)));
    }

    private EventsController(EventsView view, TaskRunner tasks, Dialogs dialogs, EventService events, EventForm form,
                             LinkService links, EventPane pane) {
        super(view, tasks, dialogs, PagedQuery.whole(events::summaries), form, pane.node(), (EventSummary row) -> row.event().id(),
                Event::id);
        this.events = events;
        tellDependantsThrough(links);
        view.showEditor(pane.node());
    }

    @Override
    protected Optional<Event> find(long id) {
        return events.find(id);
    }

    @Override
    protected void delete(long id) {
        events.delete(id);
    }

    @Override
    protected String nameOf(Event event) {
        return event.name();
    }

    @Override
    protected RecordKind kind() {
        return RecordKind.EVENT;
    }

    @Override
    protected String deleteConsequences(Event event) {
        return "Trips no longer list it among the events attended. Its meetings, documents and invitations stay, "
                + "no longer linked to it.";
    }

    @Override
    protected String firstFieldId() {
        return "event-name";
    }
}
