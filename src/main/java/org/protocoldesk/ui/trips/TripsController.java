package org.protocoldesk.ui.trips;

import org.protocoldesk.service.TaskRunner;
import org.protocoldesk.service.TripService;
import org.protocoldesk.ui.common.Refreshable;

/** Loads the trips into their screen. */
public final class TripsController implements Refreshable {
    private final TripsView view;
    private final TaskRunner tasks;
    private final TripService trips;

    public TripsController(TripsView view, TaskRunner tasks, TripService trips) {
        this.view = view;
        this.tasks = tasks;
        this.trips = trips;
        view.setOnRetry(this::refresh);
    }

    @Override
    public void refresh() {
        view.rows().load(tasks, trips::summaries);
    }
}
