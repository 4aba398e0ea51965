package org.protocoldesk.ui.common;

/** Where the data of a screen stands: on its way, shown, or not loadable. */
public enum LoadState {
    LOADING, LOADED, FAILED
}
