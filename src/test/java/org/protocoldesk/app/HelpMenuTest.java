package org.protocoldesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.protocoldesk.app.RunningApp.waitUntil;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.protocoldesk.ui.shell.KeyboardShortcuts;
import org.protocoldesk.ui.shell.KeyboardShortcuts.Shortcut;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Help menu of the real window: the keyboard shortcuts it lists are those the window has. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HelpMenuTest extends FxRobot {
    @TempDir
    static Path dataDir;
    private RunningApp app;

    @BeforeAll
    void start() throws TimeoutException {
        app = RunningApp.start(dataDir, "--no-demo");
    }

    @AfterAll
    void stop() throws TimeoutException {
        app.close();
    }

    @Test
    void keyboardShortcutsListsEveryAcceleratorAndMnemonicOfTheWindowWithWhatItDoes() throws Exception {
        Scene scene = app.stage().getScene();
        press(KeyCode.CONTROL, KeyCode.SLASH).release(KeyCode.SLASH, KeyCode.CONTROL);
        waitUntil(() -> lookup("#shortcuts-table").tryQuery().isPresent());
        try {
            @SuppressWarnings("unchecked")
            List<Shortcut> listed = List.copyOf(lookup("#shortcuts-table").queryAs(TableView.class).getItems());
            Set<String> accelerators = WaitForAsyncUtils.asyncFx(() -> scene.getAccelerators().keySet().stream()
                    .map(KeyCombination::getDisplayText).collect(Collectors.toSet())).get();
            int mnemonics = WaitForAsyncUtils.asyncFx(() -> scene.getMnemonics().size()).get();

            assertThat(listed).extracting(Shortcut::keys).containsAll(accelerators).contains("Ctrl+K", "Ctrl+1", "F1")
                    .hasSize(accelerators.size() + mnemonics);
            assertThat(listed).filteredOn(shortcut -> shortcut.action().endsWith(" menu")).hasSize(mnemonics)
                    .extracting(Shortcut::keys).allSatisfy(keys -> assertThat(keys).matches("Alt\\+[A-Z]"));
            assertThat(listed).allSatisfy(shortcut -> assertThat(shortcut.action())
                    .as("what %s does", shortcut.keys()).isNotBlank().isNotEqualTo(KeyboardShortcuts.UNDESCRIBED));
            assertThat(listed).contains(new Shortcut("Ctrl+K", "Edit → Find…"),
                    new Shortcut("Ctrl+3", "View → Organisations"));
        } finally {
            interact(() -> Window.getWindows().stream().filter(w -> w != app.stage()).toList()
                    .forEach(Window::hide));
        }
    }

    @Test
    void theUserGuideOpensWithItsSectionsAndScreenshots() throws TimeoutException {
        clickOn("Help").clickOn("User guide");
        try {
            waitUntil(() -> lookup("#user-guide").tryQuery().isPresent());
            assertThat(lookup("#user-guide .label").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                    .contains("The three jobs", "Keyboard shortcuts", "Where the data lives", "Backups and restore");
            waitUntil(() -> {
                List<ImageView> images = List.copyOf(lookup("#user-guide .image-view").queryAllAs(ImageView.class));
                return images.size() >= 3 && images.stream().map(ImageView::getImage)
                        .allMatch(image -> image.getProgress() == 1 && !image.isError());
            });
        } finally {
            interact(() -> Window.getWindows().stream().filter(w -> w != app.stage()).toList()
                    .forEach(Window::hide));
        }
    }

    @Test
    void anAcceleratorRegisteredWithoutWordsIsListedAsUndescribed() throws Exception {
        Scene scene = app.stage().getScene();
        KeyCombination keys = KeyCombination.keyCombination("Shortcut+Shift+F9");
        List<Shortcut> listed = WaitForAsyncUtils.asyncFx(() -> {
            scene.getAccelerators().put(keys, () -> { });
            try {
                return KeyboardShortcuts.of(scene);
            } finally {
                scene.getAccelerators().remove(keys);
            }
        }).get();

        assertThat(listed).contains(new Shortcut(keys.getDisplayText(), KeyboardShortcuts.UNDESCRIBED));
    }
}
