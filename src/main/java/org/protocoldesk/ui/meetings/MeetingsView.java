package org.protocoldesk.ui.meetings;

import java.util.List;
import javafx.beans.binding.Bindings;
import java.util.function.LongConsumer;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.protocoldesk.model.MeetingSummary;
import org.protocoldesk.ui.common.Names;
import org.protocoldesk.ui.common.Columns;
import org.protocoldesk.ui.common.EnumLabels;
import org.protocoldesk.ui.common.ListScreen;
import org.protocoldesk.ui.common.ListTexts;
import org.protocoldesk.ui.common.ListViewModel;
import org.protocoldesk.ui.common.SearchText;
import org.protocoldesk.ui.shell.Section;

/**
 * The log of meetings, the most recent first: when (the local time of the place), who, on the sidelines of what,
 * about what; kind and place can be shown from the column menu. Filters by date range, country, counterpart, topic
 * and trip narrow it in the query; the text filter narrows what was loaded. Lists the {@value #MOST_RECENT} most
 * recent that pass the filters. The selected meeting is shown beside the list; Enter, a double click or Edit opens
 * it in the Log meeting form.
 */
public final class MeetingsView extends ListScreen<MeetingSummary> {
    /** How many of the most recent meetings the list holds: enough for years of work, few enough to stay instant. */
    static final int MOST_RECENT = 1000;

    private static final ListTexts TEXTS = new ListTexts("Meetings", "meeting", "meetings",
            "Filter by person, event, place or topic",
            "Bilateral and sideline meetings are listed here, the most recent first, once they are logged.",
            "Press Log meeting (Ctrl+L) to log the first meeting.");

    private final MeetingFilterBar filters = new MeetingFilterBar();
    private LongConsumer onEdit = id -> { };

    public MeetingsView() {
        super(Section.MEETINGS.id(), Section.MEETINGS.icon(), TEXTS, new ListViewModel<>(MeetingsView::searchText),
                List.of(Columns.dateAndTime("When", 130, MeetingSummary::date, MeetingSummary::startTime),
                        Columns.text("Counterparts", 200, m -> Names.of(m.counterparts())),
                        Columns.text("Title", 260, MeetingSummary::title),
                        hidden(Columns.label("Kind", 120, MeetingSummary::kind)),
                        hidden(Columns.text("Event", 250, MeetingSummary::eventName)),
                        hidden(Columns.text("Place", 170, MeetingsView::place)),
                        hidden(Columns.text("Topics", 200, (MeetingSummary m) -> String.join(", ", m.topics())))));
        note().textProperty().bind(Bindings.when(rows().total().greaterThanOrEqualTo(MOST_RECENT))
                .then("The " + MOST_RECENT + " most recent meetings that pass the filters are listed. Choose dates, "
                        + "a country, a counterpart, a topic or a trip to reach older ones.")
                .otherwise(""));
        filters.setId("meetings-filters");
        getChildren().add(getChildren().indexOf(table()), filters);
        table().setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && selectedRow().get() != null) {
                event.consume();
                onEdit.accept(selectedRow().get().id());
            }
        });
        table().setRowFactory(table -> {
            TableRow<MeetingSummary> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    onEdit.accept(row.getItem().id());
                }
            });
            return row;
        });
    }

    /** The filters applied in the query. */
    MeetingFilterBar filters() {
        return filters;
    }

    /**
     * Puts the pane of the selected meeting beside the list, which keeps three fifths: the pane shows the event,
     * place and topics that the list leaves to its column menu.
     */
    void showPane(MeetingPane pane) {
        showBeside(pane, 0.6);
    }

    /** What Enter or a double click on a meeting does: open it to edit. */
    void setOnEdit(LongConsumer onEdit) {
        this.onEdit = onEdit;
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
        return SearchText.of(Names.of(m.counterparts()), m.title(), EnumLabels.of(m.kind()), m.eventName(), m.city(),
                m.countryName(), String.join(" ", m.topics()));
    }
}
