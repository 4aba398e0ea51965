package org.protocoldesk.ui.common;

import java.util.List;
import java.util.concurrent.Callable;
import org.protocoldesk.service.TaskRunner;

/** Loads a list screen's rows through the task runner, on start and on retry; a screen's controller names the query. */
public abstract class ListController<T> implements Refreshable {
    private final ListScreen<T> view;
    private final TaskRunner tasks;
    private final Callable<? extends List<T>> query;

    protected ListController(ListScreen<T> view, TaskRunner tasks, Callable<? extends List<T>> query) {
        this.view = view;
        this.tasks = tasks;
        this.query = query;
        view.setOnRetry(this::refresh);
    }

    @Override
    public void refresh() {
        view.rows().load(tasks, query);
    }
}
