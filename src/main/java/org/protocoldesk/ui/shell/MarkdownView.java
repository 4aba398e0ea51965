package org.protocoldesk.ui.shell;

import atlantafx.base.theme.Styles;
import java.net.URL;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * Shows the Markdown of the user guide as JavaFX nodes: headings, paragraphs, bullets, tables and images, which is
 * all the guide uses; emphasis and code marks are dropped. Images are found beside the Markdown and load in the
 * background.
 */
final class MarkdownView extends VBox {
    static final double IMAGE_WIDTH = 720;
    private static final Pattern IMAGE = Pattern.compile("!\\[(.*)]\\((.+)\\)");
    private static final Pattern MARKS = Pattern.compile("\\*\\*|`");

    MarkdownView(List<String> lines, URL base) {
        getStyleClass().add("markdown");
        StringBuilder paragraph = new StringBuilder();
        GridPane table = null;
        for (String line : lines) {
            String text = line.strip();
            if (!text.startsWith("|")) {
                table = null;
            }
            if (text.isEmpty() || text.startsWith("#") || text.startsWith("- ") || text.startsWith("|")
                    || IMAGE.matcher(text).matches()) {
                flush(paragraph);
            }
            if (text.isEmpty()) {
                continue;
            }
            Matcher image = IMAGE.matcher(text);
            if (text.startsWith("#")) {
                int level = text.indexOf(' ');
                add(label(text.substring(level + 1), level == 1 ? Styles.TITLE_2 : level == 2 ? Styles.TITLE_3
                        : Styles.TITLE_4));
            } else if (text.startsWith("- ")) {
                add(label("•  " + text.substring(2), "markdown-bullet"));
            } else if (text.startsWith("|")) {
                table = row(table, text);
            } else if (image.matches()) {
                add(image(base, image.group(2), image.group(1)));
            } else if (paragraph.isEmpty()) {
                paragraph.append(text);
            } else {
                paragraph.append(' ').append(text);
            }
        }
        flush(paragraph);
    }

    private GridPane row(GridPane table, String text) {
        String[] cells = text.substring(1, text.length() - 1).split("\\|");
        if (cells[0].strip().matches("-+")) {
            return table; // the line under the titles
        }
        GridPane grid = table;
        if (grid == null) {
            grid = new GridPane();
            grid.getStyleClass().add("markdown-table");
            add(grid);
        }
        int row = grid.getRowCount();
        for (int column = 0; column < cells.length; column++) {
            grid.add(label(cells[column].strip(), row == 0 ? Styles.TEXT_BOLD : "markdown-cell"), column, row);
        }
        return grid;
    }

    private void flush(StringBuilder paragraph) {
        if (!paragraph.isEmpty()) {
            add(label(paragraph.toString(), "markdown-paragraph"));
            paragraph.setLength(0);
        }
    }

    private void add(Node node) {
        getChildren().add(node);
    }

    private static Label label(String text, String styleClass) {
        Label label = new Label(MARKS.matcher(text).replaceAll(""));
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        return label;
    }

    private static Node image(URL base, String path, String description) {
        try {
            ImageView view = new ImageView(new Image(new URL(base, path).toExternalForm(), true));
            view.setPreserveRatio(true);
            view.setFitWidth(IMAGE_WIDTH);
            view.setAccessibleText(description);
            return view;
        } catch (java.net.MalformedURLException e) {
            return label("[" + description + "]", Styles.TEXT_MUTED);
        }
    }
}
