package org.protocoldesk.ui.common;

import org.protocoldesk.service.TaskRunner;

/**
 * Loads a list screen's rows through the task runner, on start and on retry; a screen's controller names the query:
 * paged for lists that grow with the years (first rows at once, the rest after), {@link PagedQuery#whole} else.
 */
public abstract class ListController<T> implements Refreshable {
    private final ListScreen<T> view;
    private final TaskRunner tasks;
    private final PagedQuery<T> query;

    protected ListController(ListScreen<T> view, TaskRunner tasks, PagedQuery<T> query) {
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
