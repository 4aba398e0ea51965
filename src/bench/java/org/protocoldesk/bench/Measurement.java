package org.protocoldesk.bench;

/**
 * The timings of one path, through jOOQ and as its plain-JDBC twin measured interleaved with it, in milliseconds,
 * and the median of the ratios of the reads taken side by side.
 */
record Measurement(BenchPath path, Timing jooq, Timing jdbc, double medianPairRatio) {

    static Measurement of(BenchPath path, PairedTimes times) {
        return new Measurement(path, times.jooq(), times.twin(), times.medianPairRatio());
    }

    record Timing(double medianMs, double p95Ms, long samples) {
    }

    /** jOOQ's median over the twin's: how much the app's own path costs over the bare SQL. */
    double ratio() {
        return jooq.medianMs() / jdbc.medianMs();
    }

    boolean meetsTarget() {
        return jooq.p95Ms() <= path.targetMs();
    }

    /** The project's bound on what jOOQ may cost over plain JDBC (issue 8). */
    static final double RATIO_BOUND = 1.3;

    boolean meetsRatio() {
        return ratio() <= RATIO_BOUND;
    }
}
