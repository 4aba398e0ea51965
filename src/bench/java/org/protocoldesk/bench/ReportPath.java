package org.protocoldesk.bench;

/**
 * One measured report: the document read from the records, composed and rendered to the bytes an export writes
 * (what {@code ReportExportService.export} does before the file and the archive row).
 *
 * @param id             the name in the results (and the JMH parameter), e.g. {@code report.trip.pdf}
 * @param targetMedianMs the median it must stay under, warm, in milliseconds (issue 7 sets medians, not p95s)
 * @param produce        the export, given the app's report services and facts about the generated office
 */
record ReportPath(String id, String what, double targetMedianMs, Produce produce) {

    @FunctionalInterface
    interface Produce {
        byte[] run(ReportServices reports, OfficeFacts facts);
    }
}
