package org.protocoldesk.ui.search;

import atlantafx.base.theme.Styles;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import org.protocoldesk.service.SearchService;
import org.protocoldesk.service.TaskRunner;
import org.protocoldesk.ui.common.EnumLabels;
import org.protocoldesk.ui.common.RecordKinds;
import org.protocoldesk.ui.common.RecordOpener;

/**
 * The global search (Ctrl+K, Edit → Find): a card over the window with the search field and the hits as one types,
 * grouped by kind under a heading each. Up and Down choose a hit, Enter (or a click) opens it in its screen and
 * closes the card, Esc or a click beside the card closes it. The keyboard stays in the field throughout.
 */
public final class SearchPopup extends StackPane {
    private static final PseudoClass BEHIND = PseudoClass.getPseudoClass("behind");
    private final SearchModel model;
    private final TextField field = new TextField();
    private final ListView<SearchRow> results = new ListView<>();
    private Node focusBefore;

    public SearchPopup(TaskRunner tasks, SearchService search, RecordOpener opener) {
        this.model = new SearchModel(tasks, search, opener);
        model.setOnOpened(() -> {
            focusBefore = null; // the screen opened takes the focus
            close();
        });
        setId("search-popup");
        getStyleClass().add("search-layer");
        setVisible(false);
        setAlignment(Pos.TOP_CENTER);
        setOnMouseClicked(event -> {
            if (event.getTarget() == this) {
                close();
            }
        });

        field.setId("search-field");
        field.getStyleClass().addAll("search-field", Styles.LARGE);
        field.setPromptText("Search counterparts, organisations, trips, meetings, invitations, documents…");
        field.textProperty().bindBidirectional(model.textProperty());
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        FontIcon icon = new FontIcon(Material2OutlinedMZ.SEARCH);
        icon.getStyleClass().add("search-icon");
        HBox.setHgrow(field, Priority.ALWAYS);
        HBox top = new HBox(10, icon, field);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("search-top");

        results.setId("search-results");
        results.getStyleClass().add("search-results");
        results.setItems(model.rows());
        results.setFocusTraversable(false);
        results.setCellFactory(list -> new RowCell());
        results.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY) {
                model.choose(results.getSelectionModel().getSelectedIndex());
                model.openChosen();
            }
        });
        model.chosenProperty().addListener((p, was, now) -> {
            if (now.intValue() < 0) {
                results.getSelectionModel().clearSelection();
            } else {
                results.getSelectionModel().select(now.intValue());
                results.scrollTo(Math.max(0, now.intValue() - 1));
            }
        });
        model.behindProperty().addListener((p, was, now) -> results.pseudoClassStateChanged(BEHIND, now));
        results.visibleProperty().bind(model.stateProperty().isEmpty());
        results.managedProperty().bind(results.visibleProperty());

        Label state = new Label();
        state.setId("search-state");
        state.getStyleClass().addAll("search-state", Styles.TEXT_MUTED);
        state.setWrapText(true);
        state.textProperty().bind(model.stateProperty());
        state.visibleProperty().bind(model.stateProperty().isNotEmpty());
        state.managedProperty().bind(state.visibleProperty());

        Label keys = new Label("↑ ↓ to choose   Enter to open   Esc to close");
        keys.getStyleClass().addAll("search-keys", Styles.TEXT_SMALL);

        VBox card = new VBox(top, results, state, keys);
        card.getStyleClass().add("search-card");
        card.setMaxWidth(680);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        StackPane.setMargin(card, new Insets(72, 24, 24, 24));
        getChildren().add(card);
    }

    /** Shows the card with the field empty and focused; the focus returns where it was when it closes. */
    public void open() {
        if (isVisible()) {
            field.requestFocus();
            return;
        }
        focusBefore = getScene() == null ? null : getScene().getFocusOwner();
        model.clear();
        setVisible(true);
        field.requestFocus();
    }

    private void close() {
        setVisible(false);
        if (focusBefore != null) {
            focusBefore.requestFocus();
        }
    }

    private void onKey(KeyEvent event) {
        switch (event.getCode()) {
            case DOWN -> model.move(1);
            case UP -> model.move(-1);
            case ENTER -> model.openChosen();
            case ESCAPE -> close();
            default -> {
                return;
            }
        }
        event.consume();
    }

    /** A heading ("Counterparts") or a hit with its kind's icon. */
    private static final class RowCell extends ListCell<SearchRow> {
        RowCell() {
            setPrefWidth(0); // a long title is cut with an ellipsis, never scrolled sideways
        }

        @Override
        protected void updateItem(SearchRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("search-heading", "search-hit");
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            if (row.isHeading()) {
                setText(RecordKinds.heading(row.kind()));
                setGraphic(null);
                getStyleClass().add("search-heading");
                setMouseTransparent(true);
            } else {
                setText(row.hit().title().isBlank() ? "(" + EnumLabels.of(row.kind()) + ")" : row.hit().title());
                setGraphic(new FontIcon(RecordKinds.icon(row.kind())));
                getStyleClass().add("search-hit");
                setMouseTransparent(false);
            }
        }
    }
}
