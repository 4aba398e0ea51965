package org.protocoldesk.bench;

/** The timing of one report export, read, composed and rendered, in milliseconds. */
record ReportMeasurement(ReportPath path, Measurement.Timing timing) {

    boolean meetsTarget() {
        return timing.medianMs() <= path.targetMedianMs();
    }
}
