package org.protocoldesk.report;

import java.util.List;

/** A headed part of a document; sub-sections are one heading level down. */
public record Section(String heading, List<Block> blocks, List<Section> subsections) {
    public Section {
        blocks = List.copyOf(blocks);
        subsections = List.copyOf(subsections);
    }

    public static Section of(String heading, Block... blocks) {
        return new Section(heading, List.of(blocks), List.of());
    }
}
