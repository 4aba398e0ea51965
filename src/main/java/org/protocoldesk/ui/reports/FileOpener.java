package org.protocoldesk.ui.reports;

import java.awt.Desktop;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.protocoldesk.service.TaskRunner;
import org.protocoldesk.ui.common.Dialogs;

/** Opens a file with the system's application for it, off the FX thread (the desktop call can block). */
final class FileOpener {
    private final TaskRunner tasks;
    private final Dialogs dialogs;

    FileOpener(TaskRunner tasks, Dialogs dialogs) {
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    void open(Path file) {
        tasks.read(() -> {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                try {
                    Desktop.getDesktop().open(file.toFile());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return file;
        }, opened -> { }, problem -> dialogs.failure("The file could not be opened", problem));
    }
}
