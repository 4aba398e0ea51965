package org.protocoldesk.ui.common;

import java.util.List;
import org.protocoldesk.model.Page;

/** A list screen's query, able to return any page of its rows in the same order. Runs on a worker. */
@FunctionalInterface
public interface PagedQuery<T> {
    List<T> fetch(Page page) throws Exception;
}
