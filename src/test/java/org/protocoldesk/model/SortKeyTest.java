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

    @Test
    void turkishLettersFoldToTheirLatinBase() {
        assertThat(SortKey.of("Öztürk Ağaoğlu Şişli İzmir")).isEqualTo("ozturk agaoglu sisli izmir");
    }

    @Test
    void lettersUnicodeDoesNotDecomposeAreFoldedToo() {
        assertThat(SortKey.of("Łódź Søren Đorđe Æsir Straße ÆSIR")).isEqualTo("lodz soren dorde aesir strasse aesir");
    }

    @Test
    void cyrillicIsCaseFolded() {
        assertThat(SortKey.of("ГЕНЕРАЛЬНАЯ ПРОКУРАТУРА")).isEqualTo(SortKey.of("Генеральная прокуратура"));
    }
}
