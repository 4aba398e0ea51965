package org.protocoldesk.ui.common;

/**
 * The questions and notices a screen puts to the user. An interface so that a view model can be tested with a
 * scripted answer; the window's implementation shows real dialogs owned by the main window.
 */
public interface Dialogs {

    /** Asks before something that matters; true when the user agreed to {@code action}. */
    boolean confirm(String header, String detail, String action);

    /** Tells that something failed, in words the user can act on, never a stack trace. */
    void failure(String header, Throwable problem);
}
