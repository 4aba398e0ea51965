package org.protocoldesk.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A4 PDF typeset by openhtmltopdf from {@link HtmlWriter}'s XHTML, in the DejaVu fonts shipped with the app
 * (embedded as subsets; they cover Latin with ə ğ ı ş and Cyrillic). No resource is ever loaded from a file or
 * the network: every URI but an embedded {@code data:} image is refused.
 *
 * <p>The fonts are parsed once per renderer, not once per export (about a tenth of a briefing's rendering); a parsed
 * font is not safe for two documents at once, so one renderer renders one document at a time.
 */
public final class PdfRenderer implements ReportRenderer {
    private static final String FONTS = "/org/protocoldesk/report/fonts/";
    private static final List<Face> FACES = List.of(
            new Face("DejaVuSerif", "DejaVu Serif", 400, FontStyle.NORMAL),
            new Face("DejaVuSerif-Bold", "DejaVu Serif", 700, FontStyle.NORMAL),
            new Face("DejaVuSerif-Italic", "DejaVu Serif", 400, FontStyle.ITALIC),
            new Face("DejaVuSans", "DejaVu Sans", 400, FontStyle.NORMAL),
            new Face("DejaVuSans-Bold", "DejaVu Sans", 700, FontStyle.NORMAL));

    static {
        XRLog.setLoggerImpl(new JulXRLogger()); // once, when PDFs are first made: not on every start of the app
    }

    private final HtmlWriter html;
    private final Map<String, TrueTypeFont> fonts = new HashMap<>();

    public PdfRenderer(ReportTexts texts) {
        this.html = new HtmlWriter(texts);
    }

    @Override
    public synchronized byte[] render(ReportDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (PDDocument pdf = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .useFastMode()
                    .usePDDocument(pdf)
                    .withHtmlContent(html.write(document), null)
                    .useUriResolver((base, uri) -> uri != null && uri.startsWith("data:") ? uri : null)
                    .useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                            ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                    .useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                            ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                    .toStream(out);
            for (Face face : FACES) {
                builder.useFont(new PDFontSupplier(PDType0Font.load(pdf, font(face.file()), true)), face.family(),
                        face.weight(), face.style(), true);
            }
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The font file, parsed from the class path the first time it is needed. */
    private TrueTypeFont font(String file) throws IOException {
        TrueTypeFont font = fonts.get(file);
        if (font == null) {
            try (InputStream in = PdfRenderer.class.getResourceAsStream(FONTS + file + ".ttf")) {
                if (in == null) {
                    throw new IllegalStateException("Font missing from the application: " + file);
                }
                font = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
                // PDFBox's content stream applies the font's GSUB 'ccmp', 'liga' and 'clig' to Latin text as it
                // sets it (DejaVu has fi, fl, ff, ffi, ffl), and a ligature glyph reads back as U+FB01 and the
                // like: copy-paste and a viewer's search would not find "Rafiq". PDFBox has no switch for 'liga'
                // alone (disableGsubFeature only touches the per-glyph lookup), so GSUB is off: each letter is
                // set as its own glyph, as openhtmltopdf measured it.
                font.setEnableGsub(false);
            }
            fonts.put(file, font);
        }
        return font;
    }

    private record Face(String file, String family, int weight, FontStyle style) {
    }
}
