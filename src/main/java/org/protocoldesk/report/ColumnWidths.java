package org.protocoldesk.report;

import java.util.Arrays;
import java.util.List;

/**
 * The widths of a table's columns, fitted to what they hold: no column is narrower than its longest word (a
 * renderer would break "Outgoing" or "September" in two), a header and a short cell such as a date or a status stays on one line
 * where the table has room for it, no column is wider than its longest cell needs (a column of dashes gives its
 * room away), and the line is otherwise shared by the table's relative widths.
 *
 * <p>Widths are counted in characters of the table's text, about the same for the PDF's and the DOCX's fonts; the
 * renderer says how many fit on its line.
 */
final class ColumnWidths {
    /** A cell this long or shorter reads best on one line: "28 September 2023", "Dushanbe, Tajikistan". */
    static final int SHORT_CELL = 20;
    /** The cell's padding on both sides, in characters. */
    static final int PADDING = 2;
    /** How much wider a header's bold characters set than the body's. */
    static final double BOLD = 1.3;

    private ColumnWidths() {
    }

    /** Each column's share of the line, summing to 1, for a line of {@code lineChars} characters. */
    static double[] of(Block.Table table, int lineChars) {
        int columns = table.header().size();
        double[] words = new double[columns];
        double[] lines = new double[columns];
        double[] longest = new double[columns];
        for (int c = 0; c < columns; c++) {
            String header = table.header().get(c);
            words[c] = longestWord(header) * BOLD + PADDING;
            lines[c] = header.length() * BOLD + PADDING;
            longest[c] = lines[c];
            for (List<String> row : table.rows()) {
                String cell = row.get(c) == null ? "" : row.get(c).strip();
                words[c] = Math.max(words[c], longestWord(cell) + PADDING);
                lines[c] = Math.max(lines[c], cell.length() <= SHORT_CELL && !cell.contains("\n")
                        ? cell.length() + PADDING : longestWord(cell) + PADDING);
                longest[c] = Math.max(longest[c], cell.length() + PADDING);
            }
        }
        double[] least = Arrays.stream(lines).sum() <= lineChars ? lines : words;
        double[] widths = Arrays.stream(least).sum() <= lineChars
                ? fit(table.widths(), least, longest, lineChars) : words;
        double total = Arrays.stream(widths).sum();
        return Arrays.stream(widths).map(w -> w / total).toArray();
    }

    /**
     * The table's shares of the line, each column held between its least and its most. When that leaves room, the
     * columns that could use more share it by their shares; when it is too much, the columns above their least give
     * it up in proportion to what they hold above it. Needs the leasts to fit on the line.
     */
    private static double[] fit(List<Integer> shares, double[] least, double[] most, int lineChars) {
        int columns = least.length;
        double totalShare = shares.stream().mapToInt(Integer::intValue).sum();
        double[] widths = new double[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = Math.min(Math.max(lineChars * shares.get(c) / totalShare, least[c]), Math.max(most[c], least[c]));
        }
        double room = lineChars - Arrays.stream(widths).sum();
        while (room > 1e-6) {
            double wanting = 0;
            for (int c = 0; c < columns; c++) {
                wanting += widths[c] < most[c] ? shares.get(c) : 0;
            }
            boolean anyWants = wanting > 0;
            double given = 0;
            for (int c = 0; c < columns; c++) {
                if (!anyWants || widths[c] < most[c]) {
                    double more = room * shares.get(c) / (anyWants ? wanting : totalShare);
                    double added = anyWants ? Math.min(more, most[c] - widths[c]) : more;
                    widths[c] += added;
                    given += added;
                }
            }
            room -= given;
        }
        if (room < 0) {
            double slack = 0;
            for (int c = 0; c < columns; c++) {
                slack += widths[c] - least[c];
            }
            for (int c = 0; c < columns; c++) {
                widths[c] += room * (widths[c] - least[c]) / slack;
            }
        }
        return widths;
    }

    private static int longestWord(String text) {
        int longest = 0;
        for (String word : (text == null ? "" : text).split("\\s+")) {
            longest = Math.max(longest, word.length());
        }
        return longest;
    }
}
