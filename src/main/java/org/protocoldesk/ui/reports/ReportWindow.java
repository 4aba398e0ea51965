package org.protocoldesk.ui.reports;

import atlantafx.base.theme.Styles;
import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.print.PrinterJob;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.protocoldesk.model.ArchivedDocument;
import org.protocoldesk.model.PersonRef;
import org.protocoldesk.model.ReportFormat;
import org.protocoldesk.ui.common.EnumLabels;
import org.protocoldesk.ui.shell.Stylesheet;

/**
 * A briefing note or trip report under review: on the left the free text (summary, talking points, a note per
 * counterpart), the marking,
 * the format and file, export with progress and cancel, print, and what was exported of this trip before; on the
 * right the preview of the document as it will be exported.
 */
final class ReportWindow {
    private final Stage stage = new Stage();
    private final ReportPreview preview = new ReportPreview();

    ReportWindow(Window owner, String title, ReportViewModel model, Runnable openFile) {
        stage.initOwner(owner);
        stage.setTitle(title);

        TextArea summary = new TextArea();
        summary.setId("report-summary");
        summary.setWrapText(true);
        summary.setPrefRowCount(5);
        summary.textProperty().bindBidirectional(model.summary);
        TextArea points = new TextArea();
        points.setId("report-points");
        points.setWrapText(true);
        points.setPrefRowCount(8);
        points.textProperty().bindBidirectional(model.talkingPoints);
        VBox notes = counterpartNotes(model);
        TextField marking = new TextField();
        marking.setId("report-marking");
        marking.textProperty().bindBidirectional(model.marking);
        ChoiceBox<ReportFormat> format = new ChoiceBox<>();
        format.setId("report-format");
        format.getItems().setAll(ReportFormat.values());
        format.setConverter(new StringConverter<>() {
            @Override
            public String toString(ReportFormat value) {
                return EnumLabels.of(value);
            }

            @Override
            public ReportFormat fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
        format.valueProperty().bindBidirectional(model.format);
        TextField target = new TextField();
        target.setId("report-target");
        target.setPromptText("File to write");
        HBox.setHgrow(target, Priority.ALWAYS);
        target.textProperty().bindBidirectional(model.target);
        Button browse = new Button("Browse…");
        browse.setOnAction(e -> chooseFile(model));
        CheckBox open = new CheckBox("Open the file when done");
        open.selectedProperty().bindBidirectional(model.openWhenDone);

        Button refresh = new Button("Update preview");
        refresh.setId("report-refresh");
        refresh.setOnAction(e -> model.refreshPreview());
        Button export = new Button("Export");
        export.setId("report-export");
        export.getStyleClass().add(Styles.ACCENT);
        export.disableProperty().bind(model.exporting);
        export.setOnAction(e -> model.export(file -> openFile.run()));
        Button cancel = new Button("Cancel export");
        cancel.setId("report-cancel");
        cancel.disableProperty().bind(model.exporting.not());
        cancel.setOnAction(e -> model.cancel());
        Button print = new Button("Print…");
        print.setId("report-print");
        print.setOnAction(e -> print());
        ProgressBar progress = new ProgressBar();
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(model.progress);
        progress.visibleProperty().bind(model.exporting);
        Label status = new Label();
        status.setId("report-status");
        status.setWrapText(true);
        status.textProperty().bind(model.status);
        ListView<ArchivedDocument> archive = new ListView<>(model.archive);
        archive.setId("report-archive");
        archive.setPrefHeight(120);
        archive.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(ArchivedDocument item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : ArchiveTexts.what(item) + ": " + item.fileName());
            }
        });

        VBox side = new VBox(6, label("Summary"), summary, label("Talking points, one per line"), points, notes,
                label("Handling marking"), marking, label("Format and file"), format, new HBox(6, target, browse),
                open, new HBox(6, refresh, export, cancel, print), progress, status,
                label("Exported before"), archive);
        side.setStyle("-fx-padding: 12;");
        side.setMinWidth(360);
        ScrollPane previewPane = new ScrollPane(preview);
        previewPane.setFitToWidth(true);
        ScrollPane sidePane = new ScrollPane(side);
        sidePane.setFitToWidth(true); // the text areas take the pane's width instead of scrolling sideways
        SplitPane split = new SplitPane(sidePane, previewPane);
        split.setDividerPositions(0.38);
        model.preview.addListener((o, old, document) -> {
            if (document != null) {
                preview.show(document);
            }
        });
        stage.setScene(new Scene(split, 1200, 800));
        stage.getScene().getStylesheets().add(Stylesheet.url());
    }

    void show() {
        stage.show();
    }

    /** A note of the officer's own on each counterpart, printed in their bio note; hidden when there is nobody. */
    private static VBox counterpartNotes(ReportViewModel model) {
        ComboBox<PersonRef> noteFor = new ComboBox<>(model.counterparts);
        noteFor.setId("report-note-for");
        noteFor.setMaxWidth(Double.MAX_VALUE);
        noteFor.setConverter(new StringConverter<>() {
            @Override
            public String toString(PersonRef person) {
                return person == null ? "" : person.fullName();
            }

            @Override
            public PersonRef fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
        noteFor.valueProperty().bindBidirectional(model.noteFor);
        TextArea note = new TextArea();
        note.setId("report-note");
        note.setWrapText(true);
        note.setPrefRowCount(3);
        note.textProperty().bindBidirectional(model.note);
        Label heading = label("Note on a counterpart (in their bio note)");
        heading.setLabelFor(noteFor);
        VBox box = new VBox(6, heading, noteFor, note);
        box.visibleProperty().bind(Bindings.isNotEmpty(model.counterparts));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private void chooseFile(ReportViewModel model) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(model.draft().title().replaceAll("[^\\p{L}\\p{N} .-]", "_") + "."
                + model.format.get().extension());
        File chosen = chooser.showSaveDialog(stage);
        if (chosen != null) {
            model.target.set(chosen.getPath());
        }
    }

    /** Prints the preview through the system's print dialog, scaled to the page's width. */
    private void print() {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job != null && job.showPrintDialog(stage)) {
            double width = job.getJobSettings().getPageLayout().getPrintableWidth();
            double scale = Math.min(1, width / preview.getWidth());
            preview.setScaleX(scale);
            preview.setScaleY(scale);
            boolean printed = job.printPage(preview);
            preview.setScaleX(1);
            preview.setScaleY(1);
            if (printed) {
                job.endJob();
            }
        }
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return label;
    }
}
