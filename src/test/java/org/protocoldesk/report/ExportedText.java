package org.protocoldesk.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.protocoldesk.model.ReportFormat;

/** An exported file read back as a reader would see its text: PDFBox for PDF, POI for DOCX, the file for Markdown. */
public final class ExportedText {
    private ExportedText() {
    }

    /** The whole text, white space collapsed to single spaces so that line breaks do not split phrases. */
    public static String of(ReportFormat format, byte[] bytes) {
        return collapse(switch (format) {
            case PDF -> String.join("\n", pdfPages(bytes));
            case DOCX -> docx(bytes);
            case MARKDOWN -> shownByMarkdown(new String(bytes, StandardCharsets.UTF_8));
        });
    }

    /** The text of each PDF page, in order. */
    public static List<String> pdfPages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(collapse(stripper.getText(document)));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The characters the PDF maps its glyphs to, one after another without spaces, as copy-paste and a viewer's
     * search see them: unlike {@link PDFTextStripper}'s output, a ligature glyph is not folded back into letters.
     */
    public static String pdfCharacters(byte[] pdf) {
        StringBuilder characters = new StringBuilder();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    characters.append(text.getUnicode());
                }
            }.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return characters.toString();
    }

    /** The text a Markdown viewer shows for escaped text: backslash escapes and the three entities undone. */
    private static String shownByMarkdown(String markdown) {
        return markdown.replaceAll("\\\\(\\p{Punct})", "$1").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static String docx(byte[] bytes) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String collapse(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
