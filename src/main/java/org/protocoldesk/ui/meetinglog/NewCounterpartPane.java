package org.protocoldesk.ui.meetinglog;

import static org.protocoldesk.ui.form.Fields.textOrNull;

import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.protocoldesk.model.Country;
import org.protocoldesk.model.PersonChoice;
import org.protocoldesk.service.MeetingLogService;
import org.protocoldesk.service.TaskRunner;
import org.protocoldesk.ui.form.Checks;
import org.protocoldesk.ui.form.Countries;
import org.protocoldesk.ui.form.Fields;
import org.protocoldesk.ui.form.FormBuilder;
import org.protocoldesk.ui.form.FormField;

/**
 * A counterpart met for the first time, created in place without leaving the form: name, country, post and
 * organisation. Enter adds them (written at once on the writer, then added to the counterparts); Esc closes it.
 */
final class NewCounterpartPane extends VBox {
    private final Fields fields = new Fields();
    private final FormField<String> name = fields.text("name", "Name").check(Checks::required).check(Checks::line);
    private final FormField<Country> country = fields.choice("country", "Country");
    private final FormField<String> post = fields.text("post", "Post").check(Checks::line);
    private final FormField<String> organisation = fields.text("organisation", "Organisation").check(Checks::line);
    private final Label problem = new Label();
    private final javafx.scene.control.TextField nameField;
    private Runnable onClosed = () -> { };
    private Consumer<PersonChoice> onCreated = person -> { };

    NewCounterpartPane(TaskRunner tasks, MeetingLogService log, Countries countries) {
        setId("new-counterpart");
        getStyleClass().add("new-counterpart");
        FormBuilder form = new FormBuilder("new-counterpart").section("New counterpart");
        nameField = form.text(name);
        KeyboardChoice.install(form.picker(country, countries.all(), Country::name));
        form.text(post);
        form.text(organisation);
        Button add = new Button("Add counterpart");
        add.setId("new-counterpart-add");
        add.getStyleClass().add(Styles.ACCENT);
        Button cancel = new Button("Cancel");
        cancel.setOnAction(event -> close());
        problem.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        add.setOnAction(event -> {
            if (!fields.revealAll()) {
                return;
            }
            add.setDisable(true);
            tasks.write(() -> log.addCounterpart(textOrNull(name), country.get() == null ? null : country.get().code(),
                    textOrNull(post), textOrNull(organisation)), person -> {
                add.setDisable(false);
                close();
                onCreated.accept(person);
            }, failure -> {
                add.setDisable(false);
                problem.setText("Not added: " + failure.getMessage());
            });
        });
        addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && !event.isShortcutDown()) {
                add.fire();
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                close();
                event.consume();
            }
        });
        HBox buttons = new HBox(8, add, cancel);
        getChildren().addAll(form.build(), buttons, problem);
        setVisible(false);
        setManaged(false);
    }

    /** What to do with a counterpart once created: add them to the meeting. */
    void setOnCreated(Consumer<PersonChoice> onCreated) {
        this.onCreated = onCreated;
    }

    /** Opens the pane with the name typed so far, focus in the next field to fill. */
    void open(String typedName, Runnable whenClosed) {
        this.onClosed = whenClosed;
        fields.load(name, typedName);
        fields.load(country, null);
        fields.load(post, "");
        fields.load(organisation, "");
        problem.setText("");
        setVisible(true);
        setManaged(true);
        nameField.requestFocus();
        nameField.end();
    }

    private void close() {
        setVisible(false);
        setManaged(false);
        onClosed.run();
    }
}
