package org.protocoldesk.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * A Word document with real heading styles (see {@link DocxStyles}), tables whose header row repeats on each page,
 * A4 pages, and the marking, version and "Page N of M" fields in the header and footer. Text goes into runs as
 * text only: nothing a user typed becomes a field, a formula or markup.
 */
public final class DocxRenderer implements ReportRenderer {
    private static final int A4_WIDTH_TWIPS = 11906;
    private static final int A4_HEIGHT_TWIPS = 16838;
    private static final int MARGIN_TWIPS = 1247;
    /** Characters of a table's 9 pt text on the line, as LibreOffice sets it (Word's Calibri fits more). */
    private static final int TABLE_LINE_CHARS = 88;
    private static final double PHOTO_WIDTH_POINTS = 28 / 25.4 * 72;

    private final ReportTexts texts;

    public DocxRenderer(ReportTexts texts) {
        this.texts = texts;
    }

    @Override
    public byte[] render(ReportDocument report) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            DocxStyles.define(document);
            page(document);
            header(document, report);
            footer(document, report);
            paragraph(document, DocxStyles.SUBTITLE, report.kindName().toUpperCase(texts.locale()));
            paragraph(document, DocxStyles.TITLE, report.title());
            report.subtitleLines().forEach(line -> paragraph(document, DocxStyles.SUBTITLE, line));
            paragraph(document, DocxStyles.SOURCE, String.join("   ·   ",
                    texts.get("document.produced", texts.day(report.produced())),
                    texts.get("document.asOf", texts.day(report.asOf())),
                    texts.get("document.version", report.version())));
            report.sections().forEach(section -> section(document, section, 1));
            document.getProperties().getCoreProperties().setTitle(report.kindName() + ": " + report.title());
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void page(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH_TWIPS));
        size.setH(BigInteger.valueOf(A4_HEIGHT_TWIPS));
        CTPageMar margin = section.addNewPgMar();
        margin.setTop(BigInteger.valueOf(MARGIN_TWIPS + 200));
        margin.setBottom(BigInteger.valueOf(MARGIN_TWIPS + 200));
        margin.setLeft(BigInteger.valueOf(MARGIN_TWIPS));
        margin.setRight(BigInteger.valueOf(MARGIN_TWIPS));
        margin.setHeader(BigInteger.valueOf(560));
        margin.setFooter(BigInteger.valueOf(560));
    }

    private void header(XWPFDocument document, ReportDocument report) {
        XWPFHeader header = document.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph marking = header.createParagraph();
        marking.setAlignment(ParagraphAlignment.CENTER);
        bold(marking, report.marking());
        XWPFParagraph line = header.createParagraph();
        line.setAlignment(ParagraphAlignment.CENTER);
        small(line, report.kindName() + " · " + texts.get("document.asOf", texts.day(report.asOf())));
    }

    private void footer(XWPFDocument document, ReportDocument report) {
        XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph numbers = footer.createParagraph();
        numbers.setAlignment(ParagraphAlignment.CENTER);
        String pattern = texts.get("document.page", "\u0000", "\u0001");
        int page = pattern.indexOf('\u0000');
        int pages = pattern.indexOf('\u0001');
        small(numbers, pattern.substring(0, page));
        field(numbers, "PAGE");
        small(numbers, pattern.substring(page + 1, pages));
        field(numbers, "NUMPAGES");
        small(numbers, pattern.substring(pages + 1) + "  ·  " + texts.get("document.version", report.version()));
        XWPFParagraph marking = footer.createParagraph();
        marking.setAlignment(ParagraphAlignment.CENTER);
        bold(marking, report.marking());
    }

    /**
     * A PAGE or NUMPAGES field, as Word writes it: begin, instruction, separate, a placeholder, end; every run in the
     * footer's small type, since LibreOffice sets the number in the begin run's.
     */
    private static void field(XWPFParagraph paragraph, String instruction) {
        small(paragraph, null).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        small(paragraph, null).getCTR().addNewInstrText().setStringValue(" " + instruction + " ");
        small(paragraph, null).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        small(paragraph, "1");
        small(paragraph, null).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    private void section(XWPFDocument document, Section section, int level) {
        paragraph(document, DocxStyles.heading(level), section.heading());
        section.blocks().forEach(block -> block(document, block, level));
        section.subsections().forEach(sub -> section(document, sub, level + 1));
    }

    private void block(XWPFDocument document, Block block, int level) {
        if (block instanceof Block.Paragraph p) {
            paragraph(document, p.emphasis() ? DocxStyles.NOTE : "Normal", p.text());
        } else if (block instanceof Block.Table t) {
            table(document, t);
        } else if (block instanceof Block.KeyValues kv) {
            kv.entries().forEach(entry -> {
                XWPFParagraph paragraph = document.createParagraph();
                paragraph.setSpacingAfter(40);
                paragraph.setKeepNext(true);
                XWPFRun label = paragraph.createRun();
                label.setBold(true);
                label.setText(entry.label() + ": ");
                text(paragraph.createRun(), entry.value());
            });
        } else if (block instanceof Block.Bullets b) {
            b.items().forEach(item -> listItem(document, "•", item, null));
        } else if (block instanceof Block.Points p) {
            for (int i = 0; i < p.points().size(); i++) {
                TalkingPoint point = p.points().get(i);
                listItem(document, (i + 1) + ".", point.text(), point.source());
            }
        } else if (block instanceof Block.BioNote bio) {
            int first = document.getParagraphs().size();
            paragraph(document, DocxStyles.heading(level + 1), bio.name());
            if (bio.photo() != null) {
                Photo.of(bio.photo()).ifPresent(photo -> photo(document, photo));
            }
            block(document, bio.facts(), level);
            bio.more().forEach(more -> block(document, more, level));
            keepTogether(document.getParagraphs().subList(first, document.getParagraphs().size()));
        }
    }

    /**
     * The photo at the PDF's width (28 mm), its proportions kept, under the name: inline, as a floating picture (the
     * PDF's, beside the facts) needs drawing XML that POI does not write.
     */
    private static void photo(XWPFDocument document, Photo photo) {
        XWPFParagraph paragraph = document.createParagraph();
        int width = Units.toEMU(PHOTO_WIDTH_POINTS);
        try {
            paragraph.createRun().addPicture(new ByteArrayInputStream(photo.bytes()),
                    photo.jpeg() ? PictureType.JPEG : PictureType.PNG, "photo", width,
                    Math.toIntExact(photo.heightAt(width)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidFormatException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Keeps the paragraphs on one page, as the PDF keeps a bio note: each with the next but the last. */
    private static void keepTogether(List<XWPFParagraph> paragraphs) {
        paragraphs.subList(0, Math.max(0, paragraphs.size() - 1)).forEach(p -> {
            if (p.getCTP().getPPr() == null) {
                p.getCTP().addNewPPr(); // POI's setKeepNext assumes paragraph properties, which a plain one lacks
            }
            p.setKeepNext(true);
        });
    }

    /** A hanging-indent list item; Word's numbering definitions are not needed for a fixed list. */
    private static void listItem(XWPFDocument document, String marker, String text, String source) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setIndentationLeft(400);
        paragraph.setIndentationHanging(300);
        paragraph.setSpacingAfter(60);
        paragraph.createRun().setText(marker + "\t");
        text(paragraph.createRun(), text);
        if (source != null && !source.isBlank()) {
            XWPFRun run = paragraph.createRun();
            run.addBreak();
            run.setItalic(true);
            run.setFontSize(8);
            run.setColor("666666");
            run.setText(source);
        }
    }

    private static void table(XWPFDocument document, Block.Table table) {
        int columns = table.header().size();
        XWPFTable grid = document.createTable(table.rows().size() + 1, columns);
        int[] widths = columnWidths(table);
        layOut(grid, widths);
        XWPFTableRow header = grid.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int c = 0; c < columns; c++) {
            XWPFTableCell cell = header.getCell(c);
            cell.setColor("E8EDF3");
            XWPFRun run = cell.getParagraphs().get(0).createRun();
            run.setBold(true);
            run.setFontSize(9);
            run.setText(table.header().get(c));
        }
        for (int r = 0; r < table.rows().size(); r++) {
            XWPFTableRow row = grid.getRow(r + 1);
            row.setCantSplitRow(true);
            List<String> cells = table.rows().get(r);
            for (int c = 0; c < columns; c++) {
                XWPFRun run = row.getCell(c).getParagraphs().get(0).createRun();
                run.setFontSize(9);
                text(run, cells.get(c));
            }
        }
        document.createParagraph().setSpacingAfter(0);
    }

    /** The columns' widths in twips: {@link ColumnWidths}' shares of the text width. */
    private static int[] columnWidths(Block.Table table) {
        int textWidth = A4_WIDTH_TWIPS - 2 * MARGIN_TWIPS;
        return Arrays.stream(ColumnWidths.of(table, TABLE_LINE_CHARS)).mapToInt(s -> (int) (textWidth * s)).toArray();
    }

    /**
     * A fixed layout on an explicit grid, so that Word and LibreOffice both give each column its share (without a
     * grid LibreOffice makes them equal), and light horizontal rules instead of a box around every cell.
     */
    private static void layOut(XWPFTable table, int[] widths) {
        CTTbl ct = table.getCTTbl();
        CTTblGrid tblGrid = ct.getTblGrid() == null ? ct.addNewTblGrid() : ct.getTblGrid();
        while (tblGrid.sizeOfGridColArray() > 0) {
            tblGrid.removeGridCol(0);
        }
        for (int width : widths) {
            tblGrid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        table.setWidthType(TableWidthType.DXA);
        table.setWidth(String.valueOf(Arrays.stream(widths).sum()));
        ct.getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
        table.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 8, 0, "14304F");
        table.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "C8CFD8");
        table.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "C8CFD8");
        table.setLeftBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setRightBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideVBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setCellMargins(40, 80, 40, 80);
        for (XWPFTableRow row : table.getRows()) {
            for (int c = 0; c < widths.length; c++) {
                row.getCell(c).setWidth(String.valueOf(widths[c]));
            }
        }
    }

    private static void paragraph(XWPFDocument document, String style, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(style);
        text(paragraph.createRun(), text);
    }

    private static void bold(XWPFParagraph paragraph, String text) {
        XWPFRun run = paragraph.createRun();
        run.setBold(true);
        run.setFontSize(9);
        run.setText(text);
    }

    /** A run in the header's and footer's small grey type, holding {@code text} unless it is null. */
    private static XWPFRun small(XWPFParagraph paragraph, String text) {
        XWPFRun run = paragraph.createRun();
        run.setFontSize(8);
        run.setColor("444444");
        if (text != null) {
            run.setText(text);
        }
        return run;
    }

    /** Plain text into a run, line breaks kept; XML-unsafe control characters dropped. */
    private static void text(XWPFRun run, String text) {
        String[] lines = (text == null ? "" : text).replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i]);
        }
    }
}
