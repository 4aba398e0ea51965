package org.protocoldesk.app;

import static org.protocoldesk.app.RunningApp.waitUntil;

import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.protocoldesk.model.CounterpartSummary;
import org.protocoldesk.model.OrganisationSummary;
import org.testfx.api.FxRobot;

/** What the robot tests of the record screens do alike: keys with Ctrl, the lists, opening a counterpart. */
final class RecordScreens {
    private final FxRobot robot;

    RecordScreens(FxRobot robot) {
        this.robot = robot;
    }

    void shortcut(KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
    }

    /** Goes to Counterparts and selects {@code name}, waiting until its pane shows it. */
    void openCounterpart(String name) throws TimeoutException {
        shortcut(KeyCode.DIGIT2);
        waitUntil(() -> counterparts().getItems().stream().anyMatch(c -> name.equals(c.fullName())));
        robot.interact(() -> counterparts().getItems().stream().filter(c -> name.equals(c.fullName())).findFirst()
                .ifPresent(counterparts().getSelectionModel()::select));
        waitUntil(() -> name.equals(robot.lookup("#counterpart-pane .record-title").queryAs(Label.class).getText()));
    }

    @SuppressWarnings("unchecked")
    TableView<CounterpartSummary> counterparts() {
        return robot.lookup("#counterparts-table").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    TableView<OrganisationSummary> organisations() {
        return robot.lookup("#organisations-table").queryAs(TableView.class);
    }
}
