package org.protocoldesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.protocoldesk.model.Document;
import org.protocoldesk.model.DocumentKind;
import org.protocoldesk.model.DocumentParty;
import org.protocoldesk.model.DocumentStatus;
import org.protocoldesk.model.DocumentSummary;
import org.protocoldesk.store.StoreTestSupport;

class DocumentServiceTest extends StoreTestSupport {

    @Test
    void summariesListAnAddedDocument() {
        DocumentService documents = new DocumentService(data);
        Document added = documents.add(new Document(null, DocumentKind.DECLARATION, "Dushanbe Declaration",
                DocumentStatus.ADOPTED, LocalDate.of(2024, 5, 16), "Dushanbe", null, null, null, null, null,
                List.of(new DocumentParty(null, null, "ECO Member States"))));
        assertThat(documents.summaries()).extracting(DocumentSummary::id).containsExactly(added.id());
    }
}
