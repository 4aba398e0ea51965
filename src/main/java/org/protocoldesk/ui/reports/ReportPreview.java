package org.protocoldesk.ui.reports;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.protocoldesk.report.Block;
import org.protocoldesk.report.ReportDocument;
import org.protocoldesk.report.Section;
import org.protocoldesk.report.TalkingPoint;

/** A document shown in the window as it will read: headings, paragraphs, tables and facts as plain labels. */
final class ReportPreview extends VBox {
    ReportPreview() {
        setId("report-preview");
        getStyleClass().add("report-preview");
        setSpacing(6);
        setFillWidth(true);
        setStyle("-fx-padding: 24; -fx-background-color: white;");
    }

    void show(ReportDocument document) {
        getChildren().clear();
        add(text(document.marking(), Styles.TEXT_BOLD), text(document.kindName(), Styles.TEXT_MUTED),
                text(document.title(), Styles.TITLE_2));
        document.subtitleLines().forEach(line -> add(text(line)));
        document.sections().forEach(section -> section(section, 3));
        add(text(document.marking(), Styles.TEXT_BOLD));
    }

    private void section(Section section, int level) {
        add(text(section.heading(), level <= 3 ? Styles.TITLE_3 : Styles.TITLE_4));
        section.blocks().forEach(this::block);
        section.subsections().forEach(sub -> section(sub, level + 1));
    }

    private void block(Block block) {
        if (block instanceof Block.Paragraph p) {
            add(text(p.text(), p.emphasis() ? Styles.TEXT_MUTED : null));
        } else if (block instanceof Block.Table t) {
            add(grid(t.header(), t.rows()));
        } else if (block instanceof Block.KeyValues kv) {
            add(grid(null, kv.entries().stream().map(e -> List.of(e.label(), e.value())).toList()));
        } else if (block instanceof Block.Bullets b) {
            b.items().forEach(item -> add(text("•  " + item)));
        } else if (block instanceof Block.Points p) {
            for (int i = 0; i < p.points().size(); i++) {
                TalkingPoint point = p.points().get(i);
                add(text((i + 1) + ".  " + point.text()), text(point.source(), Styles.TEXT_SMALL, Styles.TEXT_MUTED));
            }
        } else if (block instanceof Block.BioNote bio) {
            add(text(bio.name(), Styles.TITLE_4));
            block(bio.facts());
            bio.more().forEach(this::block);
        }
    }

    private static GridPane grid(List<String> header, List<List<String>> rows) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        int row = 0;
        if (header != null) {
            for (int c = 0; c < header.size(); c++) {
                grid.add(text(header.get(c), Styles.TEXT_BOLD), c, row);
            }
            row++;
        }
        for (List<String> cells : rows) {
            for (int c = 0; c < cells.size(); c++) {
                grid.add(text(cells.get(c)), c, row);
            }
            row++;
        }
        int columns = header != null ? header.size() : rows.isEmpty() ? 0 : rows.get(0).size();
        for (int c = 0; c < columns; c++) {
            ColumnConstraints constraint = new ColumnConstraints();
            constraint.setHgrow(Priority.SOMETIMES);
            grid.getColumnConstraints().add(constraint);
        }
        return grid;
    }

    private static Label text(String value, String... styles) {
        Label label = new Label(value == null ? "" : value);
        label.setWrapText(true);
        label.setMnemonicParsing(false);
        for (String style : styles) {
            if (style != null) {
                label.getStyleClass().add(style);
            }
        }
        return label;
    }

    private void add(Node... nodes) {
        getChildren().addAll(nodes);
    }
}
