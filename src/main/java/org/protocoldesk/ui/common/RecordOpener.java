package org.protocoldesk.ui.common;

import org.protocoldesk.model.RecordKind;
import org.protocoldesk.ui.shell.Section;

/** Opens a record where the window shows it: its section, with the record selected. */
public interface RecordOpener {
    void open(Section section, long recordId);

    /**
     * Opens a record of any kind (a search hit, an entry of "what links here") in the screen that shows it; a
     * follow-up opens in its meeting.
     */
    void open(RecordKind kind, long recordId);
}
