package org.protocoldesk.report;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * CommonMark with GitHub tables. Every text is escaped: Markdown punctuation gets a backslash, and HTML's
 * {@code < > &} become entities, so that nothing typed by a user turns into markup, a link or an image.
 */
public final class MarkdownRenderer implements ReportRenderer {
    /** Characters that are markup wherever they stand. */
    private static final Pattern INLINE_MARKUP = Pattern.compile("([\\\\`*_\\[\\]|~!])");
    /** What is markup at the start of a line: headings, lists, rules, block quotes, setext underlines. */
    private static final Pattern LINE_START_MARKUP = Pattern.compile("(?m)^(\\s*)([#+\\-=])");
    /** A number and a dot or parenthesis at the start of a line opens an ordered list. */
    private static final Pattern ORDERED_LIST_START = Pattern.compile("(?m)^(\\s*\\d+)([.)])");

    private final ReportTexts texts;

    public MarkdownRenderer(ReportTexts texts) {
        this.texts = texts;
    }

    @Override
    public byte[] render(ReportDocument document) {
        StringBuilder md = new StringBuilder();
        if (present(document.marking())) {
            md.append("**").append(escape(document.marking())).append("**\n\n");
        }
        md.append("# ").append(escape(document.kindName())).append(": ").append(escape(document.title())).append("\n\n");
        for (String line : document.subtitleLines()) {
            md.append(escape(line)).append("  \n");
        }
        md.append(escape(texts.get("document.produced", texts.day(document.produced())))).append("  \n")
                .append(escape(texts.get("document.asOf", texts.day(document.asOf())))).append("  \n")
                .append(escape(texts.get("document.version", document.version()))).append("\n\n");
        for (Section section : document.sections()) {
            section(md, section, 2);
        }
        if (present(document.marking())) {
            md.append("---\n\n**").append(escape(document.marking())).append("**\n");
        }
        return md.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void section(StringBuilder md, Section section, int level) {
        md.append("#".repeat(Math.min(level, 6))).append(' ').append(escape(section.heading())).append("\n\n");
        for (Block block : section.blocks()) {
            block(md, block, level);
        }
        for (Section sub : section.subsections()) {
            section(md, sub, level + 1);
        }
    }

    private void block(StringBuilder md, Block block, int level) {
        if (block instanceof Block.Paragraph p) {
            md.append(p.emphasis() ? "*" + escape(p.text()) + "*" : escape(p.text()))
                    .append("\n\n");
        } else if (block instanceof Block.Table t) {
            table(md, t);
        } else if (block instanceof Block.KeyValues kv) {
            for (Block.KeyValue entry : kv.entries()) {
                md.append("- **").append(escape(entry.label())).append(":** ").append(escape(entry.value()))
                        .append('\n');
            }
            md.append('\n');
        } else if (block instanceof Block.Bullets b) {
            b.items().forEach(item -> md.append("- ").append(escape(item)).append('\n'));
            md.append('\n');
        } else if (block instanceof Block.Points p) {
            for (TalkingPoint point : p.points()) {
                md.append("1. ").append(escape(point.text()));
                if (present(point.source())) {
                    md.append("  \n   *").append(escape(point.source())).append('*');
                }
                md.append('\n');
            }
            md.append('\n');
        } else if (block instanceof Block.BioNote bio) {
            md.append("#".repeat(Math.min(level + 1, 6))).append(' ').append(escape(bio.name())).append("\n\n");
            block(md, bio.facts(), level);
            bio.more().forEach(more -> block(md, more, level));
        }
    }

    private static void table(StringBuilder md, Block.Table table) {
        row(md, table.header());
        md.append('|').append("---|".repeat(table.header().size())).append('\n');
        table.rows().forEach(row -> row(md, row));
        md.append('\n');
    }

    private static void row(StringBuilder md, List<String> cells) {
        md.append('|');
        cells.forEach(cell -> md.append(' ').append(escape(cell).replace("\n", "<br>")).append(" |"));
        md.append('\n');
    }

    /** Plain text as Markdown that shows exactly that text. */
    static String escape(String text) {
        String html = text.replace("\r", "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        String inline = INLINE_MARKUP.matcher(html).replaceAll("\\\\$1");
        String lineStarts = LINE_START_MARKUP.matcher(inline).replaceAll("$1\\\\$2");
        return ORDERED_LIST_START.matcher(lineStarts).replaceAll("$1\\\\$2").replace("\n", "  \n");
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
