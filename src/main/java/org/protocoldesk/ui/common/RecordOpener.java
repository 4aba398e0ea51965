package org.protocoldesk.ui.common;

import org.protocoldesk.ui.shell.Section;

/** Opens a record where the window shows it: its section, with the record selected. */
@FunctionalInterface
public interface RecordOpener {
    void open(Section section, long recordId);
}
