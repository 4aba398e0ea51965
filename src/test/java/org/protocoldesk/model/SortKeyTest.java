package org.protocoldesk.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SortKeyTest {

    @Test
    void accentsAndCaseAreFolded() {
        assertThat(SortKey.of("Türkiye")).isEqualTo("turkiye");
    }

    @Test
    void azerbaijaniSchwaFoldsToA() {
        assertThat(SortKey.of("Əliyev")).isEqualTo(SortKey.of("Aliyev"));
    }

    @Test
    void dotlessIFoldsToI() {
        assertThat(SortKey.of("Kırgızistan")).isEqualTo("kirgizistan");
    }

    @Test
    void surroundingBlanksDoNotCount() {
        assertThat(SortKey.of("  Movahedi-Azad ")).isEqualTo("movahedi-azad");
    }

    @Test
    void aMissingNameHasAnEmptyKey() {
        assertThat(SortKey.of(null)).isEmpty();
    }
}
