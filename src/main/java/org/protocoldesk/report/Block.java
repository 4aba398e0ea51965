package org.protocoldesk.report;

import java.util.ArrayList;
import java.util.List;

/** A piece of a section's body. Every string in a block is plain text: renderers escape it for their format. */
public sealed interface Block permits Block.Paragraph, Block.Table, Block.KeyValues, Block.Bullets, Block.Points,
        Block.BioNote {

    /** A paragraph; {@code emphasis} for a quiet note ("No meetings are scheduled yet."). */
    record Paragraph(String text, boolean emphasis) implements Block {
        public static Paragraph of(String text) {
            return new Paragraph(text, false);
        }

        public static Paragraph note(String text) {
            return new Paragraph(text, true);
        }
    }

    /** A table; the header row repeats on every page it spans. {@code widths} are relative column widths. */
    record Table(List<String> header, List<Integer> widths, List<List<String>> rows) implements Block {
        public Table {
            header = List.copyOf(header);
            widths = List.copyOf(widths);
            rows = rows.stream().map(List::copyOf).toList();
            int columns = header.size();
            if (widths.size() != columns || rows.stream().anyMatch(r -> r.size() != columns)) {
                throw new IllegalArgumentException("every row needs one cell per column");
            }
        }

        /** The table without one of its columns (a programme's times when none is recorded). */
        public Table without(int column) {
            return new Table(dropped(header, column), dropped(widths, column),
                    rows.stream().map(row -> dropped(row, column)).toList());
        }

        private static <T> List<T> dropped(List<T> cells, int column) {
            List<T> kept = new ArrayList<>(cells);
            kept.remove(column);
            return kept;
        }
    }

    /** Labelled facts: "Form of address: Dr. Khan". */
    record KeyValues(List<KeyValue> entries) implements Block {
        public KeyValues {
            entries = List.copyOf(entries);
        }
    }

    record KeyValue(String label, String value) {
    }

    record Bullets(List<String> items) implements Block {
        public Bullets {
            items = List.copyOf(items);
        }
    }

    /** Talking points, each with the record it was drawn from. */
    record Points(List<TalkingPoint> points) implements Block {
        public Points {
            points = List.copyOf(points);
        }
    }

    /** A counterpart's bio note: name, photo (PNG or JPEG bytes, may be null) and the facts and notes below it. */
    record BioNote(String name, byte[] photo, KeyValues facts, List<Block> more) implements Block {
        public BioNote {
            photo = photo == null ? null : photo.clone();
            more = List.copyOf(more);
        }

        @Override
        public byte[] photo() {
            return photo == null ? null : photo.clone();
        }
    }
}
