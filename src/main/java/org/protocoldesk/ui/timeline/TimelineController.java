package org.protocoldesk.ui.timeline;

import java.util.function.Consumer;
import org.protocoldesk.ui.shell.Section;

/** Leads from the timeline's place to Meetings, the record of the relationship until the timeline is built. */
public final class TimelineController {

    public TimelineController(TimelineView view, Consumer<Section> navigator) {
        view.setOnMeanwhile(() -> navigator.accept(Section.MEETINGS));
    }
}
