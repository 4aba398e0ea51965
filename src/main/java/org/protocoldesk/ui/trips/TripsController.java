package org.protocoldesk.ui.trips;

import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import org.protocoldesk.model.Trip;
import org.protocoldesk.model.TripSummary;
import org.protocoldesk.model.RecordKind;
import org.protocoldesk.service.LinkService;
import org.protocoldesk.service.TaskRunner;
import org.protocoldesk.service.TripService;
import org.protocoldesk.ui.common.Dialogs;
import org.protocoldesk.ui.common.LinksView;
import org.protocoldesk.ui.common.PagedQuery;
import org.protocoldesk.ui.common.RecordOpener;
import org.protocoldesk.ui.form.EditingListController;

/** Loads the trips into their screen and edits the one selected in the pane beside it. */
public final class TripsController extends EditingListController<TripSummary, Trip> {
    private final TripService trips;
    private final TripPane pane;
    private final TripForm form;

    public TripsController(TripsView view, TaskRunner tasks, Dialogs dialogs, TripService trips, TripForm form,
                           LinkService links, RecordOpener opener) {
        this(view, tasks, dialogs, trips, form, links, new TripPane(form, new LinksView("trip", tasks, links, opener)));
    }

    private TripsController(TripsView view, TaskRunner tasks, Dialogs dialogs, TripService trips, TripForm form,
                            LinkService links, TripPane pane) {
        super(view, tasks, dialogs, PagedQuery.whole(trips::summaries), form, pane.node(), TripSummary::id, Trip::id);
        this.trips = trips;
        this.pane = pane;
        this.form = form;
        tellDependantsThrough(links);
        view.showEditor(pane.node());
    }

    /** The pane that edits the selected trip, e.g. to show its exports in it. */
    public TripPane pane() {
        return pane;
    }

    /** The trip shown in the pane (null while a new one is typed). */
    public ReadOnlyObjectProperty<Trip> shownTrip() {
        return form.recordProperty();
    }

    @Override
    protected Optional<Trip> find(long id) {
        return trips.find(id);
    }

    @Override
    protected void delete(long id) {
        trips.delete(id);
    }

    @Override
    protected String nameOf(Trip trip) {
        return trip.title();
    }

    @Override
    protected RecordKind kind() {
        return RecordKind.TRIP;
    }

    @Override
    protected String deleteConsequences(Trip trip) {
        return "Its destinations, delegation and list of events attended are deleted with it. Its meetings and the "
                + "invitations it fulfilled stay, no longer linked to a trip.";
    }

    @Override
    protected String firstFieldId() {
        return "trip-title";
    }
}
