package org.protocoldesk.bench;

import org.protocoldesk.store.Stores;

/**
 * One measured path: what the app reads, in one read transaction through its own stores, for one screen or action.
 *
 * @param id       the name in the results (and the JMH parameter), e.g. {@code meetings.latest1000}
 * @param targetMs the p95 it must stay under, in milliseconds
 * @param read     the read, given the stores of the transaction and facts about the generated office
 */
public record BenchPath(String id, String what, double targetMs, Read read) {

    @FunctionalInterface
    public interface Read {
        Object run(Stores stores, OfficeFacts facts);
    }
}
