package org.protocoldesk.ui.form;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableStringValue;
import javafx.event.EventHandler;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import org.protocoldesk.ui.common.HoverTooltip;

/**
 * The pane beside a list that edits the selected record in place: its name over the commands New (Ctrl+N),
 * Save (Ctrl+S), Cancel (Esc) and Delete (Ctrl+Delete), the form scrolling under them, and the form's problem, if
 * any, at the foot. The keys work anywhere in the {@link #installShortcuts screen} it sits in.
 */
public final class RecordPane extends VBox {
    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination DELETE = new KeyCodeCombination(KeyCode.DELETE, KeyCombination.SHORTCUT_DOWN);

    private final FormViewModel<?> form;
    private final Button newButton = new Button("New", new FontIcon(Material2OutlinedAL.ADD));
    private final Button save = new Button("Save", new FontIcon(Material2OutlinedMZ.SAVE));
    private final Button cancel = new Button("Cancel");
    private final Button delete = new Button(null, new FontIcon(Material2OutlinedAL.DELETE));
    /** New, Cancel, Save and Delete, then the commands about the record shown, wrapping onto further rows in a
     * narrow pane. The record's name has the row above to itself: beside the commands it was cut to "New counterp…". */
    private final FlowPane commands = new FlowPane(6, 6);
    private final Label notice = new Label();
    private Runnable onNew = () -> { };
    private Runnable onDelete = () -> { };

    /**
     * @param id    the record kind in ids, e.g. {@code counterpart}: the pane is {@code #counterpart-pane}, its
     *              buttons {@code #counterpart-save} and so on
     * @param title the record's name as the pane heads it ("New counterpart" while it is new)
     */
    public RecordPane(String id, FormViewModel<?> form, ObservableStringValue title, Node content) {
        this.form = form;
        setId(id + "-pane");
        getStyleClass().add("record-pane");

        Label heading = new Label();
        heading.getStyleClass().addAll(Styles.TITLE_3, "record-title");
        heading.textProperty().bind(title);
        heading.setMinWidth(0);

        newButton.setId(id + "-new");
        HoverTooltip.on(newButton, "New (" + NEW.getDisplayText() + ")");
        newButton.setOnAction(event -> onNew.run());
        save.setId(id + "-save");
        save.getStyleClass().add(Styles.ACCENT);
        HoverTooltip.on(save, "Save (" + SAVE.getDisplayText() + ")");
        save.disableProperty().bind(form.canSaveProperty().not());
        save.setOnAction(event -> form.save());
        cancel.setId(id + "-cancel");
        HoverTooltip.on(cancel, "Drop the changes (Esc)");
        cancel.disableProperty().bind(form.dirtyProperty().not());
        cancel.setOnAction(event -> form.cancel());
        delete.setId(id + "-delete");
        delete.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.DANGER, Styles.FLAT);
        HoverTooltip.on(delete, "Delete… (" + DELETE.getDisplayText() + ")");
        delete.disableProperty().bind(form.recordProperty().isNull());
        delete.setOnAction(event -> onDelete.run());
        for (Button button : new Button[] {newButton, cancel, save, delete}) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        commands.getChildren().setAll(newButton, cancel, save, delete);
        commands.setAlignment(Pos.CENTER_LEFT);

        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("record-form");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        followFocus(scroll, content);

        Label problem = new Label();
        problem.setId(id + "-problem");
        problem.getStyleClass().add("form-problem");
        problem.setGraphic(new FontIcon(Material2OutlinedAL.ERROR_OUTLINE));
        problem.textProperty().bind(form.problemProperty());
        problem.visibleProperty().bind(form.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Label saving = new Label("Saving…");
        saving.getStyleClass().add(Styles.TEXT_MUTED);
        saving.visibleProperty().bind(form.savingProperty());
        saving.managedProperty().bind(saving.visibleProperty());

        notice.setId(id + "-notice");
        notice.getStyleClass().add(Styles.TEXT_MUTED);
        notice.setWrapText(true);
        notice.visibleProperty().bind(notice.textProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        form.recordProperty().addListener((p, was, now) -> notice.setText(""));

        VBox head = new VBox(6, heading, commands);
        head.getStyleClass().add("record-commands");

        getChildren().addAll(head, notice, scroll, problem, saving);
        setMinWidth(360);
    }

    /**
     * The keys of the pane while {@code screen} is shown, wherever the focus is (also in the navigation rail): New,
     * Save, Delete, and Undo of a delete; Esc in the form drops its changes.
     */
    public void installShortcuts(Node screen) {
        whileShown(screen, event -> {
            if (NEW.match(event)) {
                onNew.run();
            } else if (SAVE.match(event)) {
                form.save();
            } else if (DELETE.match(event) && form.getRecord() != null) {
                onDelete.run();
            } else {
                return;
            }
            event.consume();
        });
        addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && form.isDirty()) {
                form.cancel();
                event.consume();
            }
        });
    }

    /** Shows, at the foot, that a delete can be undone, with the Undo button (also Ctrl+Z in the screen). */
    public void offerUndo(PendingDelete pending, Node screen) {
        Label told = new Label();
        told.textProperty().bind(pending.messageProperty());
        Button undo = new Button("Undo");
        undo.setId(getId().replace("-pane", "-undo"));
        undo.getStyleClass().add(Styles.FLAT);
        undo.setOnAction(event -> pending.undo());
        HBox bar = new HBox(8, new FontIcon(Material2OutlinedAL.DELETE), told, undo);
        bar.getStyleClass().add("undo-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.visibleProperty().bind(pending.messageProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        getChildren().add(bar);
        whileShown(screen, event -> {
            if (UNDO.match(event) && !pending.messageProperty().get().isEmpty()) {
                pending.undo();
                event.consume();
            }
        });
    }

    /** Listens to the keys of the window while {@code screen} is in it. */
    private static void whileShown(Node screen, EventHandler<KeyEvent> keys) {
        screen.sceneProperty().addListener((p, was, now) -> {
            if (was != null) {
                was.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
        });
        if (screen.getScene() != null) {
            screen.getScene().addEventFilter(KeyEvent.KEY_PRESSED, keys);
        }
    }

    /** Scrolls the form so that the control the keyboard reaches is in view. */
    private static void followFocus(ScrollPane scroll, Node content) {
        scroll.sceneProperty().addListener((p, was, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((q, before, focused) -> scrollTo(scroll, content, focused));
            }
        });
    }

    private static void scrollTo(ScrollPane scroll, Node content, Node focused) {
        if (focused == null || !isInside(focused, content)) {
            return;
        }
        Bounds inContent = content.sceneToLocal(focused.localToScene(focused.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewHeight = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewHeight) {
            return;
        }
        double top = scroll.getVvalue() * (contentHeight - viewHeight);
        if (inContent.getMinY() < top) {
            scroll.setVvalue(Math.max(0, inContent.getMinY() - 24) / (contentHeight - viewHeight));
        } else if (inContent.getMaxY() > top + viewHeight) {
            scroll.setVvalue(Math.min(1, (inContent.getMaxY() + 24 - viewHeight) / (contentHeight - viewHeight)));
        }
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** A command about the record shown ("Show timeline"), after Delete; disabled while the record is new. */
    public void addRecordCommand(Button command) {
        command.disableProperty().bind(form.recordProperty().isNull());
        command.setMinWidth(Region.USE_PREF_SIZE);
        commands.getChildren().add(command);
    }

    /** Says under the commands what one of them did ("Exported 12 entries to …"), until another record shows. */
    public void tell(String text) {
        notice.setText(text);
    }

    public void setOnNew(Runnable onNew) {
        this.onNew = onNew;
    }

    public void setOnDelete(Runnable onDelete) {
        this.onDelete = onDelete;
    }
}
