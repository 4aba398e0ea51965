package org.protocoldesk.model;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DocumentPartyTest {

    @Test
    void aPartyWithNeitherOrganisationCountryNorNameIsRefused() {
        assertThatThrownBy(() -> new DocumentParty(null, null, " "))
                .isInstanceOf(InvalidRecordException.class)
                .hasFieldOrPropertyWithValue("field", "party");
    }
}
