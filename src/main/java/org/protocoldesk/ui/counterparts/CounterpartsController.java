package org.protocoldesk.ui.counterparts;

import org.protocoldesk.model.CounterpartSummary;
import org.protocoldesk.service.CounterpartService;
import org.protocoldesk.service.TaskRunner;
import org.protocoldesk.ui.common.ListController;
import org.protocoldesk.ui.common.PagedQuery;

/** Loads the counterparts into their screen. */
public final class CounterpartsController extends ListController<CounterpartSummary> {

    public CounterpartsController(CounterpartsView view, TaskRunner tasks, CounterpartService counterparts) {
        super(view, tasks, (PagedQuery<CounterpartSummary>) counterparts::counterparts);
    }
}
