package org.protocoldesk.ui.common;

import org.protocoldesk.model.RecordKind;
import org.protocoldesk.ui.shell.Section;

/** Opens a record where the window shows it: its section, with the record selected. */
@FunctionalInterface
public interface RecordOpener {
    void open(Section section, long recordId);

    /**
     * Opens a record of any kind (a search hit, an entry of "what links here") in the section that lists it.
     */
    default void open(RecordKind kind, long recordId) {
        open(switch (kind) {
            case COUNTERPART -> Section.COUNTERPARTS;
            case ORGANISATION -> Section.ORGANISATIONS;
            case TRIP -> Section.TRIPS;
            case MEETING -> Section.MEETINGS;
            case INVITATION -> Section.INVITATIONS;
            case EVENT -> Section.EVENTS;
            case DOCUMENT -> Section.DOCUMENTS;
            case FOLLOW_UP -> Section.FOLLOW_UPS;
        }, recordId);
    }
}
