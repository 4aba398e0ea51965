package org.protocoldesk.ui.meetings;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.control.TableColumn;
import org.protocoldesk.model.MeetingSummary;
import org.protocoldesk.ui.common.Columns;
import org.protocoldesk.ui.common.EnumLabels;
import org.protocoldesk.ui.common.ListScreen;
import org.protocoldesk.ui.common.ListTexts;
import org.protocoldesk.ui.common.ListViewModel;
import org.protocoldesk.ui.common.SearchText;
import org.protocoldesk.ui.shell.Section;

/**
 * The log of meetings, the most recent first: when (the local time of the place), who, on the sidelines of what,
 * about what; kind and place can be shown from the column menu. Lists the {@value #MOST_RECENT} most recent; older ones come with search.
 */
public final class MeetingsView extends ListScreen<MeetingSummary> {
    /** How many of the most recent meetings the list holds: enough for years of work, few enough to stay instant. */
    static final int MOST_RECENT = 1000;

    private static final ListTexts TEXTS = new ListTexts("Meetings", "meeting", "meetings",
            "Filter by person, event, place or topic",
            "Bilateral and sideline meetings are listed here, the most recent first, once they are logged.");

    public MeetingsView() {
        super(Section.MEETINGS.id(), Section.MEETINGS.icon(), TEXTS, new ListViewModel<>(MeetingsView::searchText),
                List.of(Columns.dateAndTime("When", 150, MeetingSummary::date, MeetingSummary::startTime),
                        Columns.text("Counterparts", 220, MeetingSummary::counterparts),
                        Columns.text("Title", 250, MeetingSummary::title),
                        hidden(Columns.label("Kind", 120, MeetingSummary::kind)),
                        Columns.text("Event", 250, MeetingSummary::eventName),
                        hidden(Columns.text("Place", 170, MeetingsView::place)),
                        Columns.text("Topics", 200, (MeetingSummary m) -> String.join(", ", m.topics()))));
        note().textProperty().bind(Bindings.when(rows().total().greaterThanOrEqualTo(MOST_RECENT))
                .then("The " + MOST_RECENT + " most recent meetings are listed. Older ones will be found through "
                        + "search, which comes in a later version.")
                .otherwise(""));
    }

    /** A column the user can show from the table's column menu; hidden at first to leave room for the others. */
    private static <C extends TableColumn<?, ?>> C hidden(C column) {
        column.setVisible(false);
        return column;
    }

    private static String place(MeetingSummary m) {
        return SearchText.joined(", ", m.city(), m.countryName());
    }

    private static String searchText(MeetingSummary m) {
        return SearchText.of(m.counterparts(), m.title(), EnumLabels.of(m.kind()), m.eventName(), m.city(),
                m.countryName(), String.join(" ", m.topics()));
    }
}
