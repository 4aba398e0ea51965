package org.protocoldesk.ui.counterparts;

import org.protocoldesk.service.CounterpartService;
import org.protocoldesk.service.TaskRunner;
import org.protocoldesk.ui.common.Refreshable;

/** Loads the counterparts into their screen. */
public final class CounterpartsController implements Refreshable {
    private final CounterpartsView view;
    private final TaskRunner tasks;
    private final CounterpartService counterparts;

    public CounterpartsController(CounterpartsView view, TaskRunner tasks, CounterpartService counterparts) {
        this.view = view;
        this.tasks = tasks;
        this.counterparts = counterparts;
        view.setOnRetry(this::refresh);
    }

    @Override
    public void refresh() {
        view.rows().load(tasks, counterparts::counterparts);
    }
}
