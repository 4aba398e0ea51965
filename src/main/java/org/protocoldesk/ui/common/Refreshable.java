package org.protocoldesk.ui.common;

/** A screen that shows data from the store and can load it again, e.g. after the demo data is removed. */
public interface Refreshable {
    void refresh();
}
