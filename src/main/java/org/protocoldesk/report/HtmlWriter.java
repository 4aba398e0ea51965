package org.protocoldesk.report;

import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * The XHTML a PDF is typeset from. All text is escaped; the only resource the page names is a photo embedded as a
 * {@code data:} URI. The CSS sets A4 pages with the marking in a running header and footer, "Page N of M", table
 * headers repeated on each page, and headings kept off the foot of a page.
 */
final class HtmlWriter {
    private static final String CSS = """
            @page { size: A4; margin: 24mm 20mm 22mm 22mm;
              @top-left { content: element(header); vertical-align: bottom; padding-bottom: 3mm; }
              @bottom-left { content: element(footer); vertical-align: top; padding-top: 3mm; } }
            body { font-family: 'DejaVu Serif'; font-size: 9.5pt; line-height: 1.38; color: #1a1a1a; }
            .header, .footer { font-family: 'DejaVu Sans'; font-size: 7.5pt; color: #444; width: 168mm; }
            .header { position: running(header); border-bottom: 0.5pt solid #888; padding-bottom: 1.5mm; }
            .footer { position: running(footer); border-top: 0.5pt solid #888; padding-top: 1.5mm; }
            .header table, .footer table { width: 100%%; border-collapse: collapse; }
            .header td, .footer td { padding: 0; border: none; vertical-align: top; }
            .marking { font-weight: bold; letter-spacing: 0.08em; text-align: center; color: #000; }
            .right { text-align: right; }
            .pageno::after { content: %s; }
            h1, h2, h3, h4, h5, .kind, .bio-name { font-family: 'DejaVu Sans'; font-weight: bold; color: #14304f;
              page-break-after: avoid; -fs-page-break-min-height: 3.2cm; }
            .kind { font-size: 9pt; text-transform: uppercase; letter-spacing: 0.12em; color: #555; margin: 0 0 2mm 0; }
            h1 { font-size: 17pt; line-height: 1.2; margin: 0 0 3mm 0; }
            h2 { font-size: 12.5pt; margin: 7mm 0 2mm 0; padding-bottom: 1mm; border-bottom: 0.6pt solid #14304f; }
            h3 { font-size: 10.5pt; margin: 5mm 0 1.5mm 0; }
            h4, h5 { font-size: 9.5pt; margin: 4mm 0 1mm 0; color: #222; }
            .subtitle { margin: 0; font-family: 'DejaVu Sans'; font-size: 9pt; color: #333; }
            .meta { margin: 3mm 0 6mm 0; font-family: 'DejaVu Sans'; font-size: 8pt; color: #555; }
            p { margin: 0 0 2mm 0; text-align: left; }
            p.note { font-style: italic; color: #555; }
            ul, ol { margin: 0 0 2.5mm 0; padding-left: 6mm; }
            li { margin-bottom: 1.2mm; }
            .source { font-family: 'DejaVu Sans'; font-size: 7.5pt; color: #666; }
            table.data { width: 100%%; border-collapse: collapse; margin: 1mm 0 3mm 0; font-size: 8.5pt;
              -fs-table-paginate: paginate; -fs-border-rendering: no-bevel; -fs-page-break-min-height: 2.2cm; }
            table.data th { font-family: 'DejaVu Sans'; font-size: 7.5pt; font-weight: bold; text-align: left;
              background: #e8edf3; color: #14304f; border-bottom: 0.8pt solid #14304f; padding: 1.2mm 1.5mm; }
            table.data td { border-bottom: 0.4pt solid #c8cfd8; padding: 1.2mm 1.5mm; vertical-align: top; }
            table.data tr { page-break-inside: avoid; }
            table.facts { border-collapse: collapse; margin: 0 0 2mm 0; width: 100%%; page-break-inside: avoid; }
            table.facts td { padding: 0.6mm 2mm 0.6mm 0; vertical-align: top; }
            table.facts td.label { width: 38mm; font-family: 'DejaVu Sans'; font-size: 8pt; color: #444; }
            .bio { page-break-inside: avoid; margin: 0 0 5mm 0; padding-top: 1mm; }
            .bio-name { font-size: 11pt; margin: 4mm 0 2mm 0; }
            .photo { float: right; width: 28mm; margin: 0 0 2mm 4mm; border: 0.5pt solid #aaa; }
            """;

    /** Characters of a data table's text (8.5 pt DejaVu) on the 168 mm line, counted short for wide digits. */
    private static final int TABLE_LINE_CHARS = 90;

    private final ReportTexts texts;

    HtmlWriter(ReportTexts texts) {
        this.texts = texts;
    }

    String write(ReportDocument document) {
        StringBuilder html = new StringBuilder(16_384);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"UTF-8\"/><title>")
                .append(escape(document.kindName() + ": " + document.title())).append("</title><style>")
                .append(CSS.formatted(pageNumberContent())).append("</style></head><body>");
        runningHeader(html, document);
        runningFooter(html, document);
        html.append("<div class=\"kind\">").append(escape(document.kindName())).append("</div>");
        html.append("<h1>").append(escape(document.title())).append("</h1>");
        for (String line : document.subtitleLines()) {
            html.append("<p class=\"subtitle\">").append(escape(line)).append("</p>");
        }
        html.append("<p class=\"meta\">").append(escape(String.join("   ·   ",
                texts.get("document.produced", texts.day(document.produced())),
                texts.get("document.asOf", texts.day(document.asOf())),
                texts.get("document.version", document.version())))).append("</p>");
        document.sections().forEach(section -> section(html, section, 2));
        return html.append("</body></html>").toString();
    }

    private void runningHeader(StringBuilder html, ReportDocument document) {
        html.append("<div class=\"header\"><table><tr><td style=\"width:35%\">").append(escape(document.kindName()))
                .append("</td><td class=\"marking\" style=\"width:30%\">").append(escape(document.marking()))
                .append("</td><td class=\"right\" style=\"width:35%\">")
                .append(escape(texts.get("document.asOf", texts.day(document.asOf()))))
                .append("</td></tr></table></div>");
    }

    private void runningFooter(StringBuilder html, ReportDocument document) {
        html.append("<div class=\"footer\"><table><tr><td style=\"width:35%\">")
                .append(escape(texts.get("document.version", document.version())))
                .append("</td><td class=\"marking\" style=\"width:30%\">").append(escape(document.marking()))
                .append("</td><td class=\"right\" style=\"width:35%\"><span class=\"pageno\"></span>")
                .append("</td></tr></table></div>");
    }

    /** "Page " counter(page) " of " counter(pages), from the translatable "Page {0} of {1}". */
    private String pageNumberContent() {
        String pattern = texts.get("document.page", "\u0000", "\u0001");
        int page = pattern.indexOf('\u0000');
        int pages = pattern.indexOf('\u0001');
        return cssString(pattern.substring(0, page)) + " counter(page) " + cssString(pattern.substring(page + 1, pages))
                + " counter(pages) " + cssString(pattern.substring(pages + 1));
    }

    private void section(StringBuilder html, Section section, int level) {
        int h = Math.min(level, 5);
        html.append("<h").append(h).append('>').append(escape(section.heading())).append("</h").append(h).append('>');
        section.blocks().forEach(block -> block(html, block));
        section.subsections().forEach(sub -> section(html, sub, level + 1));
    }

    private void block(StringBuilder html, Block block) {
        if (block instanceof Block.Paragraph p) {
            html.append(p.emphasis() ? "<p class=\"note\">" : "<p>")
                    .append(multiline(p.text())).append("</p>");
        } else if (block instanceof Block.Table t) {
            table(html, t);
        } else if (block instanceof Block.KeyValues kv) {
            html.append("<table class=\"facts\">");
            kv.entries().forEach(e -> html.append("<tr><td class=\"label\">").append(escape(e.label()))
                    .append("</td><td>").append(multiline(e.value())).append("</td></tr>"));
            html.append("</table>");
        } else if (block instanceof Block.Bullets b) {
            list(html, "ul", b.items().stream().map(HtmlWriter::multiline).toList());
        } else if (block instanceof Block.Points p) {
            list(html, "ol", p.points().stream().map(point -> multiline(point.text())
                    + (point.source() == null || point.source().isBlank() ? ""
                    : "<br/><span class=\"source\">" + escape(point.source()) + "</span>")).toList());
        } else if (block instanceof Block.BioNote bio) {
            html.append("<div class=\"bio\"><div class=\"bio-name\">").append(escape(bio.name())).append("</div>");
            if (bio.photo() != null) {
                html.append("<img class=\"photo\" alt=\"\" src=\"data:").append(Photo.isJpeg(bio.photo()) ? "image/jpeg" : "image/png")
                        .append(";base64,").append(Base64.getEncoder().encodeToString(bio.photo())).append("\"/>");
            }
            block(html, bio.facts());
            bio.more().forEach(more -> block(html, more));
            html.append("</div>");
        }
    }

    private static void table(StringBuilder html, Block.Table table) {
        html.append("<table class=\"data\"><colgroup>");
        for (double share : ColumnWidths.of(table, TABLE_LINE_CHARS)) {
            html.append("<col style=\"width:").append(String.format(Locale.ROOT, "%.2f", 100 * share)).append("%\"/>");
        }
        html.append("</colgroup><thead><tr>");
        table.header().forEach(cell -> html.append("<th>").append(escape(cell)).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (List<String> row : table.rows()) {
            html.append("<tr>");
            row.forEach(cell -> html.append("<td>").append(multiline(cell)).append("</td>"));
            html.append("</tr>");
        }
        html.append("</tbody></table>");
    }

    private static void list(StringBuilder html, String tag, List<String> itemsHtml) {
        html.append('<').append(tag).append('>');
        itemsHtml.forEach(item -> html.append("<li>").append(item).append("</li>"));
        html.append("</").append(tag).append('>');
    }

    private static String multiline(String text) {
        return escape(text).replace("\n", "<br/>");
    }

    /** Text as XHTML character data: markup characters become entities, control characters are dropped. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\n', '\t' -> out.appendCodePoint(c);
                default -> {
                    if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    private static String cssString(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + '"';
    }
}
