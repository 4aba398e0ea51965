package org.protocoldesk.ui.shell;

import org.protocoldesk.model.ReadOnlyCause;

/** The words for a database opened for reading only: what happened, and what the user can do. */
final class ReadOnlyTexts {
    private ReadOnlyTexts() {
    }

    static String banner(ReadOnlyCause cause) {
        String why = switch (cause.kind()) {
            case DATABASE_FILE_READ_ONLY -> "The data file is read-only (" + cause.detail() + "). To make changes, "
                    + "give it back its write permission, then start Protocol Desk again.";
            case FOLDER_READ_ONLY -> "The data folder cannot be written to (" + cause.detail() + "). To make changes, "
                    + "make it writable, then start Protocol Desk again.";
            case NEWER_VERSION -> "This data was last saved by a newer version of Protocol Desk (data version "
                    + cause.detail() + "). Use that version to make changes; this one does not change it.";
            case UPDATE_FAILED -> "Updating the data for this version failed and was undone: your data is as it was "
                    + "(data version " + cause.detail() + "). The details are in the log.";
        };
        return "Read only — nothing you change can be saved. " + why;
    }
}
