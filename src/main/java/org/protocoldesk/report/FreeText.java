package org.protocoldesk.report;

import java.util.List;
import java.util.Map;

/**
 * What the officer may edit before export: the summary, the talking points, and a note per counterpart (by person
 * id). The document is built from the records plus these; the edited version is the one exported and archived.
 */
public record FreeText(String summary, List<TalkingPoint> talkingPoints, Map<Long, String> counterpartNotes) {
    public FreeText {
        summary = summary == null ? "" : summary;
        talkingPoints = List.copyOf(talkingPoints);
        counterpartNotes = Map.copyOf(counterpartNotes);
    }

    public FreeText withSummary(String text) {
        return new FreeText(text, talkingPoints, counterpartNotes);
    }

    public FreeText withTalkingPoints(List<TalkingPoint> points) {
        return new FreeText(summary, points, counterpartNotes);
    }

    public FreeText withCounterpartNotes(Map<Long, String> notes) {
        return new FreeText(summary, talkingPoints, notes);
    }
}
