package org.protocoldesk.report;

/** Turns a document into the bytes of one file format. Never reads a file or the network while doing so. */
public interface ReportRenderer {
    byte[] render(ReportDocument document);
}
