package org.protocoldesk.ui.events;

import org.protocoldesk.model.Event;
import org.protocoldesk.ui.common.ApproximateDates;

/** How pickers and lists name an event. */
public final class EventTexts {
    private EventTexts() {
    }

    /** "5th Meeting of … · 16 May 2024", "29th Conference of … · Sep 2024". */
    public static String nameAndDates(Event event) {
        return event.name() + " · " + ApproximateDates.range(event.start(), event.end());
    }
}
