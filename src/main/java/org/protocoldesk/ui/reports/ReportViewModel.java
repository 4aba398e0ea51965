package org.protocoldesk.ui.reports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.protocoldesk.model.ArchivedDocument;
import org.protocoldesk.model.PersonRef;
import org.protocoldesk.model.ReportFormat;
import org.protocoldesk.report.FreeText;
import org.protocoldesk.report.ReportDocument;
import org.protocoldesk.report.TalkingPoint;
import org.protocoldesk.service.ExportCancelledException;
import org.protocoldesk.service.ExportProgress;
import org.protocoldesk.service.ReportDraft;
import org.protocoldesk.service.ReportExportService;
import org.protocoldesk.service.TaskRunner;
import org.protocoldesk.ui.common.EnumLabels;

/**
 * The state of the report window: the draft read from the records, the free text being edited (summary, talking
 * points one per line, a note per counterpart), marking, format and target, and an export's progress. Every property is written on the FX
 * thread; the work goes through the task runner, and the export's progress comes back through
 * {@link Platform#runLater}.
 */
final class ReportViewModel {
    private final TaskRunner tasks;
    private final ReportExportService exports;
    private final Consumer<ArchivedDocument> onExported;

    final StringProperty summary = new SimpleStringProperty("");
    final StringProperty talkingPoints = new SimpleStringProperty("");
    final StringProperty marking = new SimpleStringProperty("");
    final ObjectProperty<ReportFormat> format = new SimpleObjectProperty<>(ReportFormat.PDF);
    final StringProperty target = new SimpleStringProperty("");
    final BooleanProperty openWhenDone = new SimpleBooleanProperty();
    final BooleanProperty exporting = new SimpleBooleanProperty();
    final DoubleProperty progress = new SimpleDoubleProperty();
    final StringProperty status = new SimpleStringProperty("");
    final ObjectProperty<ReportDocument> preview = new SimpleObjectProperty<>();
    final ObservableList<ArchivedDocument> archive = FXCollections.observableArrayList();
    /** The counterparts who may get a note of the officer's own, the one whose note is shown, and that note. */
    final ObservableList<PersonRef> counterparts = FXCollections.observableArrayList();
    final ObjectProperty<PersonRef> noteFor = new SimpleObjectProperty<>();
    final StringProperty note = new SimpleStringProperty("");
    private final Map<Long, String> notes = new HashMap<>();

    private ReportDraft draft;
    private ExportProgress running;

    /** {@code onExported} hears of each export once it is written and archived (on the FX thread). */
    ReportViewModel(TaskRunner tasks, ReportExportService exports, Consumer<ArchivedDocument> onExported) {
        this.tasks = tasks;
        this.exports = exports;
        this.onExported = onExported;
        noteFor.addListener((o, was, now) -> note.set(now == null ? "" : notes.getOrDefault(now.id(), "")));
        note.addListener((o, was, now) -> {
            if (noteFor.get() != null) {
                notes.put(noteFor.get().id(), now);
            }
        });
    }

    /** Shows a draft: its suggested text, the marking used last, and what was exported of this trip before. */
    void show(ReportDraft shown, String lastMarking, List<ArchivedDocument> exported) {
        draft = shown;
        summary.set(shown.defaultText().summary());
        talkingPoints.set(shown.defaultText().talkingPoints().stream().map(TalkingPoint::text)
                .collect(Collectors.joining("\n")));
        marking.set(lastMarking);
        notes.clear();
        notes.putAll(shown.defaultText().counterpartNotes());
        counterparts.setAll(shown.counterparts());
        noteFor.set(counterparts.isEmpty() ? null : counterparts.get(0));
        archive.setAll(exported);
        refreshPreview();
    }

    ReportDraft draft() {
        return draft;
    }

    /** The free text as edited (summary, points, notes per counterpart): a talking point whose line is unchanged keeps the record it came from. */
    FreeText freeText() {
        Map<String, String> sources = draft.defaultText().talkingPoints().stream()
                .collect(Collectors.toMap(TalkingPoint::text, TalkingPoint::source, (a, b) -> a));
        List<TalkingPoint> points = new ArrayList<>();
        for (String line : talkingPoints.get().split("\n")) {
            if (!line.isBlank()) {
                points.add(new TalkingPoint(line.strip(), sources.getOrDefault(line.strip(), "Added by the officer")));
            }
        }
        return draft.defaultText().withSummary(summary.get()).withTalkingPoints(points)
                .withCounterpartNotes(notes);
    }

    void refreshPreview() {
        FreeText text = freeText();
        String mark = marking.get();
        ReportFormat chosen = format.get();
        tasks.read(() -> exports.preview(draft, text, mark, chosen), preview::set,
                problem -> status.set("The preview could not be made: " + problem.getMessage()));
    }

    void export(Consumer<Path> whenDone) {
        if (target.get().isBlank()) {
            status.set("Choose the file to write.");
            return;
        }
        Path file = Path.of(target.get().strip());
        FreeText text = freeText();
        String mark = marking.get();
        ReportFormat chosen = format.get();
        running = new ExportProgress((stage, fraction) -> Platform.runLater(() -> {
            progress.set(fraction);
            status.set(EnumLabels.of(stage));
        }));
        ExportProgress mine = running;
        exporting.set(true);
        tasks.write(() -> exports.export(draft, text, chosen, file, mark, mine), archived -> {
            exporting.set(false);
            archive.add(0, archived);
            status.set("Written: " + file + " (SHA-256 " + ArchiveTexts.shortHash(archived.sha256()) + ")");
            onExported.accept(archived);
            if (openWhenDone.get()) {
                whenDone.accept(file);
            }
        }, problem -> {
            exporting.set(false);
            progress.set(0);
            status.set(problem instanceof ExportCancelledException ? "Cancelled: no file was written."
                    : "The export failed, no file was written: " + problem.getMessage());
        });
    }

    void cancel() {
        if (running != null) {
            running.cancel();
        }
    }
}
