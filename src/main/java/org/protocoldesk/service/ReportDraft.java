package org.protocoldesk.service;

import java.time.LocalDate;
import java.util.List;
import org.protocoldesk.model.PersonRef;
import org.protocoldesk.report.FreeText;
import org.protocoldesk.report.ReportDocument;
import org.protocoldesk.model.ReportKind;

/**
 * A briefing note or trip report assembled from the records as they were read, waiting for the officer's free
 * text: {@link #defaultText()} is what the records suggest, {@link #document} builds the document with the text
 * as edited. Immutable; safe to hand from a worker to the screen and back.
 */
public final class ReportDraft {
    /** Builds the document from the records read, the free text, the marking, the day produced and the version. */
    interface Composer {
        ReportDocument compose(FreeText text, String marking, LocalDate produced, int version);
    }

    private final ReportKind kind;
    private final Long tripId;
    private final String title;
    private final LocalDate asOf;
    private final FreeText defaultText;
    private final List<PersonRef> counterparts;
    private final Composer composer;

    ReportDraft(ReportKind kind, Long tripId, String title, LocalDate asOf, FreeText defaultText,
                List<PersonRef> counterparts, Composer composer) {
        this.kind = kind;
        this.tripId = tripId;
        this.title = title;
        this.asOf = asOf;
        this.defaultText = defaultText;
        this.counterparts = List.copyOf(counterparts);
        this.composer = composer;
    }

    public ReportKind kind() {
        return kind;
    }

    /** The trip it is about; null for an ad hoc briefing. */
    public Long tripId() {
        return tripId;
    }

    public String title() {
        return title;
    }

    public LocalDate asOf() {
        return asOf;
    }

    public FreeText defaultText() {
        return defaultText;
    }

    /** The counterparts the document gives a note of their own to, in its order; empty for a trip report. */
    public List<PersonRef> counterparts() {
        return counterparts;
    }

    public ReportDocument document(FreeText text, String marking, int version) {
        return composer.compose(text, marking, asOf, version);
    }
}
