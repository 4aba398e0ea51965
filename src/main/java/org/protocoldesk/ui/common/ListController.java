package org.protocoldesk.ui.common;

import org.protocoldesk.service.TaskRunner;

/**
 * Loads a list screen's rows through the task runner, on start and on retry; a screen's controller names the query:
 * paged for lists that grow with the years (first rows at once, the rest after), {@link PagedQuery#whole} else.
 */
public abstract class ListController<T> implements Refreshable {
    private final Runnable load;

    protected ListController(ListScreen<T> view, TaskRunner tasks, PagedQuery<T> query) {
        this(view, () -> view.rows().load(tasks, query));
    }

    /**
     * For a list whose query depends on what the screen shows (e.g. filters applied in the query): {@code load}
     * runs on the FX thread, reads the screen's state and starts the load.
     */
    protected ListController(ListScreen<T> view, Runnable load) {
        this.load = load;
        view.setOnRetry(this::refresh);
    }

    @Override
    public void refresh() {
        load.run();
    }
}
