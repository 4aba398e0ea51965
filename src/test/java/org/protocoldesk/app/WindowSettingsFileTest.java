package org.protocoldesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.protocoldesk.store.Modes;
import org.protocoldesk.store.SmallDisk;
import org.junit.jupiter.api.io.TempDir;
import org.protocoldesk.ui.shell.Theme;

class WindowSettingsFileTest {
    @TempDir
    Path dir;

    @Test
    void savedSettingsReadBackTheSame() {
        WindowSettingsFile file = new WindowSettingsFile(dir.resolve(WindowSettingsFile.NAME));
        WindowSettings saved = new WindowSettings(new Rectangle2D(40, 30, 1200.5, 760), true, Theme.DARK);

        file.save(saved);

        assertThat(file.load()).isEqualTo(saved);
    }

    @Test
    void withoutAFileTheWindowOpensAsOnItsFirstRun() {
        assertThat(new WindowSettingsFile(dir.resolve(WindowSettingsFile.NAME)).load()).isEqualTo(WindowSettings.FIRST_RUN);
    }

    @Test
    void anUnreadableFileIsIgnoredRatherThanStoppingTheStart() throws IOException {
        Path path = dir.resolve(WindowSettingsFile.NAME);
        Files.writeString(path, "width=wide\ntheme=PURPLE\n");

        assertThat(new WindowSettingsFile(path).load()).isEqualTo(WindowSettings.FIRST_RUN);
    }

    @Test
    void savingReplacesTheFileWithoutLeavingATemporaryOneBehind() throws IOException {
        WindowSettingsFile file = new WindowSettingsFile(dir.resolve(WindowSettingsFile.NAME));
        file.save(WindowSettings.FIRST_RUN);

        file.save(new WindowSettings(null, false, Theme.DARK));

        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(dir.resolve(WindowSettingsFile.NAME));
        }
        assertThat(file.load().theme()).isEqualTo(Theme.DARK);
    }

    @Test
    void theSavedFileIsReadableByItsOwnerOnly() throws Exception {
        Path path = dir.resolve(WindowSettingsFile.NAME);

        new WindowSettingsFile(path).save(new WindowSettings(null, false, Theme.LIGHT));

        assertThat(Modes.of(path)).isEqualTo("600");
    }

    @Test
    void aFullDiskKeepsTheOldSettingsAndLeavesNoTemporaryFile() throws Exception {
        assumeThat(Modes.runningAsRoot()).as("mounting a small tmpfs needs root").isTrue();
        try (SmallDisk disk = SmallDisk.mount(dir.resolve("small-disk"), "16k")) {
            WindowSettingsFile file = new WindowSettingsFile(disk.root().resolve(WindowSettingsFile.NAME));
            file.save(new WindowSettings(new Rectangle2D(1, 2, 800, 600), false, Theme.DARK));
            disk.fill();

            assertThatThrownBy(() -> file.save(new WindowSettings(new Rectangle2D(5, 5, 1000, 700), true, Theme.LIGHT)))
                    .isInstanceOf(UncheckedIOException.class);

            assertThat(disk.root().resolve(WindowSettingsFile.NAME + ".tmp")).doesNotExist();
            assertThat(file.load().theme()).isEqualTo(Theme.DARK);
        }
    }
}
