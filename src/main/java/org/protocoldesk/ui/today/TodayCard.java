package org.protocoldesk.ui.today;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableIntegerValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.protocoldesk.ui.common.LoadState;
import org.protocoldesk.ui.common.ListViewModel;
import org.protocoldesk.ui.common.StateMessage;

/** One panel of Today: a title with how many rows it holds, and a small table that says why when it has none. */
final class TodayCard<T> extends VBox {
    private Runnable onRetry = () -> { };
    private Consumer<T> onOpen = row -> { };

    /** A card whose badge counts the rows it lists. */
    TodayCard(String id, Ikon icon, String title, ListViewModel<T> model, List<TableColumn<T, ?>> columns,
              String emptyTitle, String emptyDetail) {
        this(id, icon, title, model, model.total(), columns, emptyTitle, emptyDetail);
    }

    /** A card that lists the first rows of more: its badge shows {@code total}, how many there are in all. */
    TodayCard(String id, Ikon icon, String title, ListViewModel<T> model, ObservableIntegerValue total,
              List<TableColumn<T, ?>> columns, String emptyTitle, String emptyDetail) {
        setId(id);
        getStyleClass().add("today-card");

        Label titleLabel = new Label(title, new FontIcon(icon));
        titleLabel.getStyleClass().addAll(Styles.TITLE_4, "today-card-title");
        Label count = new Label();
        count.getStyleClass().add("count-badge");
        count.textProperty().bind(Bindings.createStringBinding(() -> String.valueOf(total.get()), total));
        count.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> model.stateProperty().get() == LoadState.LOADED && total.get() > 0,
                model.stateProperty(), total));
        HBox header = new HBox(titleLabel, count);
        header.getStyleClass().add("today-card-header");
        header.setAlignment(Pos.CENTER_LEFT);

        TableView<T> table = new TableView<>(model.matching());
        table.getColumns().setAll(columns);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setTableMenuButtonVisible(true); // a card's narrower columns stay within reach from its menu
        StateMessage.follow(table, model, "Loading…", "Could not load this list", () -> onRetry.run(),
                () -> StateMessage.empty(icon, emptyTitle, emptyDetail));
        // A double click or Enter opens the row's record.
        table.setRowFactory(view -> {
            TableRow<T> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    onOpen.accept(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            T selected = table.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && selected != null) {
                onOpen.accept(selected);
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(header, table);
    }

    void setOnOpen(Consumer<T> open) {
        this.onOpen = open;
    }

    void setOnRetry(Runnable retry) {
        this.onRetry = retry;
    }
}
