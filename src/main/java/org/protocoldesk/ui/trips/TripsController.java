package org.protocoldesk.ui.trips;

import org.protocoldesk.model.TripSummary;
import org.protocoldesk.service.TaskRunner;
import org.protocoldesk.service.TripService;
import org.protocoldesk.ui.common.ListController;
import org.protocoldesk.ui.common.PagedQuery;

/** Loads the trips into their screen. */
public final class TripsController extends ListController<TripSummary> {

    public TripsController(TripsView view, TaskRunner tasks, TripService trips) {
        super(view, tasks, PagedQuery.whole(trips::summaries));
    }
}
