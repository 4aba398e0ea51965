package org.protocoldesk.ui.calendar;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import org.protocoldesk.model.CalendarItem;
import org.protocoldesk.model.SortKey;
import org.protocoldesk.service.CalendarExportService;
import org.protocoldesk.service.TaskRunner;
import org.protocoldesk.ui.common.Dialogs;

/**
 * "Export .ics…": asks where to save, then reads the entries and writes the file in the background (whole or not at
 * all), and says how many entries went where. Nothing is written when there is nothing to export.
 */
public final class IcsExport {
    private final TaskRunner tasks;
    private final CalendarExportService exports;
    private final Function<String, Optional<Path>> chooseFile;
    private final Dialogs dialogs;

    /** {@code chooseFile}: the file the user picks to save into, given a name to suggest; empty when cancelled. */
    public IcsExport(TaskRunner tasks, CalendarExportService exports, Function<String, Optional<Path>> chooseFile,
                     Dialogs dialogs) {
        this.tasks = tasks;
        this.exports = exports;
        this.chooseFile = chooseFile;
        this.dialogs = dialogs;
    }

    /** A file name to suggest: "meetings-with-khusrav-noziri.ics" for a prefix and a name. */
    public static String fileName(String prefix, String name) {
        String words = SortKey.of(name).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        return prefix + (words.isEmpty() ? "" : "-" + words) + ".ics";
    }

    /** Exports what {@code items} reads (on a worker) to a file the user chooses; {@code done} gets one line. */
    public void export(String suggestedName, Callable<List<CalendarItem>> items, Consumer<String> done) {
        chooseFile.apply(suggestedName).ifPresent(target -> tasks.read(() -> {
            List<CalendarItem> chosen = items.call();
            return chosen.isEmpty() ? 0 : exports.write(chosen, target);
        }, written -> done.accept(written == 0 ? "Nothing to export: no entry shown"
                : "Exported " + written + (written == 1 ? " entry" : " entries") + " to " + target.getFileName()),
                failure -> dialogs.failure("The calendar could not be exported", failure)));
    }
}
