package org.protocoldesk.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A4 PDF typeset by openhtmltopdf from {@link HtmlWriter}'s XHTML, in the DejaVu fonts shipped with the app
 * (embedded as subsets; they cover Latin with ə ğ ı ş and Cyrillic). No resource is ever loaded from a file or
 * the network: every URI but an embedded {@code data:} image is refused.
 */
public final class PdfRenderer implements ReportRenderer {
    private static final String FONTS = "/org/protocoldesk/report/fonts/";

    private final HtmlWriter html;
    private Map<String, byte[]> fonts;

    public PdfRenderer(ReportTexts texts) {
        this.html = new HtmlWriter(texts);
    }

    @Override
    public byte[] render(ReportDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .withHtmlContent(html.write(document), null)
                .useUriResolver((base, uri) -> uri != null && uri.startsWith("data:") ? uri : null)
                .useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .toStream(out);
        font(builder, "DejaVuSerif", "DejaVu Serif", 400, FontStyle.NORMAL);
        font(builder, "DejaVuSerif-Bold", "DejaVu Serif", 700, FontStyle.NORMAL);
        font(builder, "DejaVuSerif-Italic", "DejaVu Serif", 400, FontStyle.ITALIC);
        font(builder, "DejaVuSans", "DejaVu Sans", 400, FontStyle.NORMAL);
        font(builder, "DejaVuSans-Bold", "DejaVu Sans", 700, FontStyle.NORMAL);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void font(PdfRendererBuilder builder, String file, String family, int weight, FontStyle style) {
        byte[] bytes = fonts().get(file);
        builder.useFont(() -> new ByteArrayInputStream(bytes), family, weight, style, true);
    }

    /** The font files, read from the class path once per renderer. */
    private synchronized Map<String, byte[]> fonts() {
        if (fonts == null) {
            Map<String, byte[]> read = new LinkedHashMap<>();
            for (String name : new String[] {"DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic", "DejaVuSans",
                    "DejaVuSans-Bold"}) {
                try (InputStream in = PdfRenderer.class.getResourceAsStream(FONTS + name + ".ttf")) {
                    if (in == null) {
                        throw new IllegalStateException("Font missing from the application: " + name);
                    }
                    read.put(name, in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            fonts = read;
        }
        return fonts;
    }
}
