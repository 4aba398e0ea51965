package org.protocoldesk.ui.common;

import java.util.List;
import java.util.concurrent.Callable;
import org.protocoldesk.model.Page;

/**
 * A list screen's query, able to return any page of its rows in the same order. Runs on a worker. A short list read
 * in one query is a paged query of a single page: {@link #whole}.
 */
@FunctionalInterface
public interface PagedQuery<T> {
    List<T> fetch(Page page) throws Exception;

    /** A query that reads every row at once: the first page holds them all, any later page is empty. */
    static <T> PagedQuery<T> whole(Callable<? extends List<T>> query) {
        return page -> page.offset() == 0 ? query.call() : List.of();
    }
}
