package org.protocoldesk.report;

import org.protocoldesk.model.ReportFormat;

/** The renderer of each format, built once and reused (the PDF renderer keeps its fonts in memory). */
public final class Renderers {
    private final PdfRenderer pdf;
    private final DocxRenderer docx;
    private final MarkdownRenderer markdown;

    public Renderers(ReportTexts texts) {
        this.pdf = new PdfRenderer(texts);
        this.docx = new DocxRenderer(texts);
        this.markdown = new MarkdownRenderer(texts);
    }

    public ReportRenderer of(ReportFormat format) {
        return switch (format) {
            case PDF -> pdf;
            case DOCX -> docx;
            case MARKDOWN -> markdown;
        };
    }
}
