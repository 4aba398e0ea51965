package org.protocoldesk.ui.reports;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.protocoldesk.model.ArchivedDocument;
import org.protocoldesk.service.ArchiveCheck;
import org.protocoldesk.service.ReportExportService;
import org.protocoldesk.service.TaskRunner;
import org.protocoldesk.ui.common.Dialogs;
import org.protocoldesk.ui.common.EnumLabels;

/**
 * The exports of the trip shown on the Trips screen, the latest first: what, when, in which format and marking, the
 * file and the start of its SHA-256. "Open" opens the file; "Check" reads it again and says whether it is still the
 * one exported. Id {@code trip-export-list}; a row's controls are {@code trip-export-<archive id>-open}, {@code -check}
 * and {@code -result}.
 */
public final class TripExportsView extends VBox {
    private final TaskRunner tasks;
    private final ReportExportService exports;
    private final FileOpener opener;
    private Long shown;

    public TripExportsView(TaskRunner tasks, ReportExportService exports, Dialogs dialogs) {
        super(8);
        this.tasks = tasks;
        this.exports = exports;
        this.opener = new FileOpener(tasks, dialogs);
        setId("trip-export-list");
    }

    /** Lists the exports of that trip (none for null: a trip not saved yet). */
    public void show(Long tripId) {
        shown = tripId;
        if (tripId == null) {
            list(List.of());
            return;
        }
        tasks.read(() -> exports.archiveOf(tripId), archive -> {
            if (tripId.equals(shown)) {
                list(archive);
            }
        }, problem -> getChildren().setAll(muted("The exports could not be read: " + problem.getMessage())));
    }

    /** Reads the list again if it is that trip's: an export of it was just made. */
    public void exported(ArchivedDocument document) {
        if (shown != null && Objects.equals(document.tripId(), shown)) {
            show(shown);
        }
    }

    private void list(List<ArchivedDocument> archive) {
        if (archive.isEmpty()) {
            getChildren().setAll(muted("Nothing exported from this trip yet. Briefing notes and trip reports "
                    + "exported from the Trips screen are listed here."));
            return;
        }
        getChildren().setAll(archive.stream().map(this::row).toList());
    }

    private VBox row(ArchivedDocument document) {
        String id = "trip-export-" + document.id();
        Label what = new Label(ArchiveTexts.what(document));
        what.getStyleClass().add(Styles.TEXT_BOLD);
        Label file = new Label(ArchiveTexts.file(document));
        file.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Label result = new Label();
        result.setId(id + "-result");
        result.setWrapText(true);
        Button open = new Button("Open");
        open.setId(id + "-open");
        open.setDisable(document.path() == null);
        open.setOnAction(event -> opener.open(Path.of(document.path())));
        Button check = new Button("Check");
        check.setId(id + "-check");
        check.setOnAction(event -> {
            result.setText("Checking…");
            tasks.read(() -> exports.check(document), found -> {
                result.setText(EnumLabels.of(found));
                result.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
                result.getStyleClass().add(found == ArchiveCheck.UNCHANGED ? Styles.SUCCESS : Styles.DANGER);
            }, problem -> result.setText("The file could not be read: " + problem.getMessage()));
        });
        HBox actions = new HBox(6, open, check, result);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox row = new VBox(2, what, file, actions);
        row.setId(id);
        return row;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }
}
