package org.protocoldesk.ui.calendar;

import java.util.function.Consumer;
import org.protocoldesk.ui.shell.Section;

/** Leads from the calendar's place to Today, which shows the dates ahead until the calendar is built. */
public final class CalendarController {

    public CalendarController(CalendarView view, Consumer<Section> navigator) {
        view.setOnMeanwhile(() -> navigator.accept(Section.TODAY));
    }
}
