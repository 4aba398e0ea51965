package org.protocoldesk.ui.common;

import java.util.List;
import java.util.concurrent.Callable;
import org.protocoldesk.service.TaskRunner;

/**
 * Loads a list screen's rows through the task runner, on start and on retry; a screen's controller names the query:
 * a {@link PagedQuery} for lists that grow with the years (first rows at once, the rest after), else a plain one.
 */
public abstract class ListController<T> implements Refreshable {
    private final Runnable load;

    protected ListController(ListScreen<T> view, TaskRunner tasks, Callable<? extends List<T>> query) {
        this(view, () -> view.rows().load(tasks, query));
    }

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
