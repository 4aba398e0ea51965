package org.protocoldesk.ui.timeline;

import java.util.List;
import org.protocoldesk.ui.common.LaterVersionScreen;
import org.protocoldesk.ui.shell.Section;

/** The timeline's place in the window, until the timeline itself is built: what it will show, and where to look meanwhile. */
public final class TimelineView extends LaterVersionScreen {

    public TimelineView() {
        super(Section.TIMELINE.id(), Section.TIMELINE.title(), Section.TIMELINE.icon(),
                "For a counterpart, an organisation or a country, it will show the whole relationship in date order:",
                List.of("meetings, with their topics and outcomes",
                        "invitations extended and received, and what became of them",
                        "agreements and other documents signed or adopted",
                        "the posts a counterpart held, and when",
                        "follow-up actions owed by either side"),
                "Until then, Meetings lists the meetings, the most recent first, with their counterparts, event and topics.",
                "Open Meetings");
    }
}
