package org.protocoldesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.protocoldesk.model.PartyNames;

class PartyTextsTest {
    @Test
    void aSideReadsAsThePersonTheOrganisationOrThePersonWithTheOrganisationInBrackets() {
        assertThat(PartyTexts.of(new PartyNames("Kamran Aliyev", null, null))).isEqualTo("Kamran Aliyev");
        assertThat(PartyTexts.of(new PartyNames(null, "IAP", null))).isEqualTo("IAP");
        assertThat(PartyTexts.of(new PartyNames("Kamran Aliyev", "Prosecutor General's Office", null)))
                .isEqualTo("Kamran Aliyev (Prosecutor General's Office)");
    }

    @Test
    void aSideOutsideTheRegistryReadsAsTheNameKeptForIt() {
        assertThat(PartyTexts.of(new PartyNames(null, null, "Participants of the 28th IAP Conference")))
                .isEqualTo("Participants of the 28th IAP Conference");
    }
}
