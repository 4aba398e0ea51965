package org.protocoldesk.ui.followups;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.protocoldesk.model.FollowUp;
import org.protocoldesk.model.FollowUpStatus;
import org.protocoldesk.model.FollowUpSummary;
import org.protocoldesk.ui.common.Columns;
import org.protocoldesk.ui.common.Dates;
import org.protocoldesk.ui.common.EnumLabels;
import org.protocoldesk.ui.common.HoverTooltip;
import org.protocoldesk.ui.common.ListScreen;
import org.protocoldesk.ui.common.ListTexts;
import org.protocoldesk.ui.common.ListViewModel;
import org.protocoldesk.ui.common.PillSwitch;
import org.protocoldesk.ui.common.SearchText;
import org.protocoldesk.ui.form.FormBuilder;
import org.protocoldesk.ui.shell.Section;

/**
 * The follow-up actions owed by us or by them: open ones soonest due first (overdue marked red, due within a week
 * highlighted), or the done, dropped or all of them; with who owes each, its owner and the meeting it came from,
 * which Enter or a double click opens. The selected open one can be marked done on a day, or dropped.
 */
public final class FollowUpsView extends ListScreen<FollowUpSummary> {
    private static final String ID = Section.FOLLOW_UPS.id();
    private static final ListTexts TEXTS = new ListTexts("Follow-ups", "follow-up", "follow-ups",
            "Filter by action, owner or meeting",
            "Follow-up actions are listed here, with who owes them and when, once a meeting records them.",
            "To add the first, log a meeting (Ctrl+L) and list what was agreed under Follow-ups.");

    private final ObjectProperty<LocalDate> today;
    private final ObjectProperty<FollowUpFilter> filter =
            new SimpleObjectProperty<>(this, "filter", FollowUpFilter.OPEN);
    final Button markDone = new Button("Mark done", new FontIcon(Material2OutlinedAL.CHECK));
    final Button drop = new Button("Drop…", new FontIcon(Material2OutlinedAL.BLOCK));
    final Button openMeeting = new Button("Open meeting", new FontIcon(Material2OutlinedAL.LAUNCH));
    private Consumer<FollowUpSummary> onOpen = row -> { };

    public FollowUpsView() {
        this(new SimpleObjectProperty<>());
    }

    private FollowUpsView(ObjectProperty<LocalDate> today) {
        super(ID, Section.FOLLOW_UPS.icon(), TEXTS, new ListViewModel<>(FollowUpsView::searchText), List.of(
                Columns.deadline("Due", 140, (FollowUpSummary f) -> f.followUp().dueDate(), FollowUpsView::open,
                        today),
                Columns.text("Action", 320, (FollowUpSummary f) -> f.followUp().text()),
                Columns.label("Owed by", 90, (FollowUpSummary f) -> f.followUp().owedBy()),
                Columns.text("Owner", 170, FollowUpSummary::ownerName),
                Columns.text("From the meeting", 260, FollowUpsView::fromMeeting),
                Columns.label("Status", 85, (FollowUpSummary f) -> f.followUp().status()),
                Columns.date("Done on", 110, (FollowUpSummary f) -> f.followUp().doneDate())));
        this.today = today;
        table().setRowFactory(view -> {
            TableRow<FollowUpSummary> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    onOpen.accept(row.getItem());
                }
            });
            return row;
        });
        table().setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && selectedRow().get() != null) {
                onOpen.accept(selectedRow().get());
            }
        });
    }

    /** Puts the actions on the selected follow-up in the bar over the list, with the day it was done. */
    void showActions(FollowUpActions actions) {
        FormBuilder day = new FormBuilder(ID);
        day.date(actions.doneOn).setPrefColumnCount(9);
        markDone.setId(ID + "-mark-done");
        markDone.getStyleClass().add(Styles.SUCCESS);
        HoverTooltip.on(markDone, "Mark the selected follow-up done on the day given ("
                + FollowUpsController.MARK_DONE.getDisplayText() + ")");
        markDone.disableProperty().bind(actions.selectedOpen().not());
        markDone.setOnAction(event -> actions.markDone());
        drop.setId(ID + "-drop");
        drop.getStyleClass().add(Styles.DANGER);
        HoverTooltip.on(drop, "Drop the selected follow-up: nobody will do it ("
                + FollowUpsController.DROP.getDisplayText() + ")");
        drop.disableProperty().bind(actions.selectedOpen().not());
        drop.setOnAction(event -> actions.drop());
        openMeeting.setId(ID + "-open-meeting");
        openMeeting.getStyleClass().add(Styles.FLAT);
        HoverTooltip.on(openMeeting, "Show the meeting it came from (Enter)");
        openMeeting.disableProperty().bind(selectedRow().isNull());
        openMeeting.setOnAction(event -> onOpen.accept(selectedRow().get()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, new PillSwitch<>(ID + "-filter", List.of(FollowUpFilter.values()),
                FollowUpFilter::label, filter), spacer, day.build(), markDone, drop, openMeeting);
        bar.getStyleClass().add("list-groups");
        bar.setAlignment(Pos.CENTER_LEFT);
        addBar(bar);
    }

    /** What Enter, a double click or Open meeting does with a row. */
    void setOnOpen(Consumer<FollowUpSummary> open) {
        this.onOpen = open;
    }

    ObjectProperty<LocalDate> today() {
        return today;
    }

    ObjectProperty<FollowUpFilter> filter() {
        return filter;
    }

    private static boolean open(FollowUpSummary summary) {
        return summary.followUp().status() == FollowUpStatus.OPEN;
    }

    private static String fromMeeting(FollowUpSummary summary) {
        return SearchText.joined(", ", summary.meetingTitle(), Dates.day(summary.meetingDate()));
    }

    private static String searchText(FollowUpSummary summary) {
        FollowUp f = summary.followUp();
        return SearchText.of(f.text(), EnumLabels.of(f.owedBy()), summary.ownerName(), summary.meetingTitle());
    }
}
