package org.protocoldesk.ui.calendar;

import java.util.List;
import org.protocoldesk.ui.common.LaterVersionScreen;
import org.protocoldesk.ui.shell.Section;

/** The calendar's place in the window, until the calendar itself is built: what it will show, and where to look meanwhile. */
public final class CalendarView extends LaterVersionScreen {

    public CalendarView() {
        super(Section.CALENDAR.id(), Section.CALENDAR.title(), Section.CALENDAR.icon(),
                "It will show, by month and by week:",
                List.of("the trips of the delegation, from departure to return",
                        "conferences and other events",
                        "meetings, at the local time of the place where they happen",
                        "the reply deadlines of invitations",
                        "the due dates of follow-up actions"),
                "Until then, Today lists the upcoming trips and events, the invitations awaiting a decision and the "
                        + "follow-ups that are due.",
                "Open Today");
    }
}
