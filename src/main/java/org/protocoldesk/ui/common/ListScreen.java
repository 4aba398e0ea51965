package org.protocoldesk.ui.common;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Node;
import java.util.function.Predicate;
import javafx.collections.ListChangeListener;
import javafx.beans.binding.Bindings;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The layout every list screen shares: a header with the title, the count and a filter field, and a sortable table
 * that says, when it has no rows, whether it is loading, empty, filtered to nothing or failed. A screen's view
 * extends it with its texts and columns; its controller fills {@link #rows()}.
 */
public class ListScreen<T> extends VBox {
    private final TableView<T> table = new TableView<>();
    private final CustomTextField filter = new CustomTextField();
    private final ListViewModel<T> model;
    private final Label note = new Label();
    private final ScreenHeader header;
    private Runnable onRetry = () -> { };
    private Predicate<? super T> pendingReveal;

    /**
     * @param id        the screen's name in ids and style classes, e.g. {@code counterparts}: the screen is
     *                  {@code #counterparts-screen}, its table {@code #counterparts-table}
     * @param emptyIcon the icon of the empty state, the same as the screen's in the navigation
     */
    protected ListScreen(String id, Ikon emptyIcon, ListTexts texts, ListViewModel<T> model,
                         List<TableColumn<T, ?>> columns) {
        this.model = model;
        setId(id + "-screen");
        getStyleClass().addAll("screen", "list-screen");

        filter.setId(id + "-filter");
        filter.getStyleClass().add("list-filter");
        filter.setPromptText(texts.filterPrompt());
        filter.setLeft(new FontIcon(Material2OutlinedMZ.SEARCH));
        filter.textProperty().bindBidirectional(model.filterProperty());
        filter.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                filter.clear();
            } else if (event.getCode() == KeyCode.DOWN && !table.getItems().isEmpty()) {
                // From the filter to the rows it left, without the mouse.
                event.consume();
                table.requestFocus();
                if (table.getSelectionModel().isEmpty()) {
                    table.getSelectionModel().selectFirst();
                }
            }
        });

        header = new ScreenHeader(texts.title(), filter);
        header.subtitle().textProperty().bind(Bindings.createStringBinding(
                () -> model.stateProperty().get() == LoadState.LOADED && model.total().get() > 0
                        ? texts.count(model.shown().get(), model.total().get()) : "",
                model.stateProperty(), model.shown(), model.total()));

        SortedList<T> sorted = new SortedList<>(model.matching());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setId(id + "-table");
        table.getStyleClass().add(Styles.STRIPED);
        table.setTableMenuButtonVisible(true);
        table.setItems(sorted);
        sorted.addListener((ListChangeListener<T>) change -> revealPending());
        table.getColumns().setAll(columns);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);

        StateMessage.follow(table, model, texts.loading(), texts.failed(), () -> onRetry.run(),
                () -> model.total().get() == 0
                        ? StateMessage.empty(emptyIcon, texts.emptyTitle(),
                        texts.emptyDetail() + "\n" + texts.howToAdd())
                        : StateMessage.empty(Material2OutlinedMZ.SEARCH_OFF, texts.noMatchTitle(filter.getText()),
                        "The filter ignores accents and case; every word must match.", "Clear the filter",
                        filter::clear));
        note.getStyleClass().addAll("list-note", Styles.TEXT_MUTED);
        note.setGraphic(new FontIcon(Material2OutlinedAL.INFO));
        note.visibleProperty().bind(note.textProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        getChildren().addAll(header, table, note);
    }

    /**
     * Puts {@code detail} beside the table, which keeps the larger share: the pane that edits the selected row.
     * Laid out for a laptop screen: at 1366 pixels wide both stay readable.
     */
    protected final void showBeside(Node detail) {
        showBeside(detail, 0.5);
    }

    /** As {@link #showBeside(Node)}, the table at first taking {@code tableShare} of the width. */
    protected final void showBeside(Node detail, double tableShare) {
        int at = getChildren().indexOf(table);
        SplitPane split = new SplitPane(table, detail);
        split.getStyleClass().add("list-and-detail");
        split.setDividerPositions(tableShare);
        SplitPane.setResizableWithParent(detail, false);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().set(at, split);
        // Shown already (a screen built on its first visit, then connected), the split takes its skin now rather
        // than at the next pulse: until then the table is in no scene, and neither lookups nor focus reach it.
        split.applyCss();
    }

    /** The table of rows, e.g. for a controller to follow the selection. */
    public final TableView<T> table() {
        return table;
    }

    /** Adds nodes beside the filter field, e.g. filters by country. */
    protected final void addFilters(Node... filters) {
        header.getChildren().addAll(header.getChildren().size() - 1, List.of(filters));
    }

    /** Adds a bar between the header and the table, e.g. switches that choose which group of rows to list. */
    protected final void addBar(Node bar) {
        getChildren().add(getChildren().indexOf(header) + 1, bar);
    }

    /** A line under the table, shown while it has text: e.g. that the list holds only the most recent rows. */
    protected final Label note() {
        return note;
    }

    /** Adds actions at the right of the header, after the filter: they act on the selected row. */
    protected final void addActions(Node... actions) {
        header.getChildren().addAll(actions);
    }

    /** The row selected in the table, or null. */
    public final ReadOnlyObjectProperty<T> selectedRow() {
        return table.getSelectionModel().selectedItemProperty();
    }

    /** The rows of the list, for the controller to load. */
    public final ListViewModel<T> rows() {
        return model;
    }

    /**
     * Selects the first row that {@code which} accepts and scrolls to it, now if the rows are there, else as soon as
     * they arrive; clears the filter first, so that the row can be shown.
     */
    public final void reveal(Predicate<? super T> which) {
        filter.clear();
        selectWhenShown(which);
    }

    /** Selects the first row that {@code which} accepts, now if it is shown, else as soon as it is; keeps the filter. */
    public final void selectWhenShown(Predicate<? super T> which) {
        pendingReveal = which;
        revealPending();
    }

    private void revealPending() {
        if (pendingReveal == null) {
            return;
        }
        for (T row : table.getItems()) {
            if (pendingReveal.test(row)) {
                pendingReveal = null;
                table.getSelectionModel().select(row);
                table.scrollTo(row);
                table.requestFocus();
                return;
            }
        }
    }

    /** What "Try again" does when loading failed: the controller's refresh. */
    public final void setOnRetry(Runnable retry) {
        this.onRetry = retry;
    }
}
