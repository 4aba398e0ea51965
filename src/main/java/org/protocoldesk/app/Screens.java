package org.protocoldesk.app;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.Node;
import org.protocoldesk.service.TaskRunner;
import org.protocoldesk.ui.calendar.CalendarController;
import org.protocoldesk.ui.calendar.CalendarView;
import org.protocoldesk.ui.common.Refreshable;
import org.protocoldesk.ui.organisations.OrganisationsController;
import org.protocoldesk.ui.organisations.OrganisationsView;
import org.protocoldesk.ui.shell.Section;
import org.protocoldesk.ui.timeline.TimelineController;
import org.protocoldesk.ui.timeline.TimelineView;

/**
 * The screens of the window. Their views exist from the first frame, showing that they are loading; their
 * controllers are made once the services exist, and fill them.
 */
final class Screens {
    private final OrganisationsView organisations = new OrganisationsView();
    private final CalendarView calendar = new CalendarView();
    private final TimelineView timeline = new TimelineView();

    Map<Section, Node> nodes() {
        Map<Section, Node> nodes = new EnumMap<>(Section.class);
        nodes.put(Section.TODAY, new javafx.scene.layout.StackPane());
        nodes.put(Section.COUNTERPARTS, new javafx.scene.layout.StackPane());
        nodes.put(Section.ORGANISATIONS, organisations);
        nodes.put(Section.TRIPS, new javafx.scene.layout.StackPane());
        nodes.put(Section.MEETINGS, new javafx.scene.layout.StackPane());
        nodes.put(Section.INVITATIONS, new javafx.scene.layout.StackPane());
        nodes.put(Section.CALENDAR, calendar);
        nodes.put(Section.TIMELINE, timeline);
        return nodes;
    }

    /** Connects the screens that need no data: those that lead elsewhere. */
    void connectNavigation(Consumer<Section> navigator) {
        new CalendarController(calendar, navigator);
        new TimelineController(timeline, navigator);
    }

    /** Connects the screens that show data to their services; refresh them to load it. */
    List<Refreshable> connect(Backend backend, TaskRunner tasks) {
        return List.of(new OrganisationsController(organisations, tasks, backend.organisations()));
    }
}
