package org.protocoldesk.service;

import java.util.List;
import org.protocoldesk.model.Document;
import org.protocoldesk.model.DocumentSummary;
import org.protocoldesk.store.DataStore;

/** Agreements, declarations and other documents. Methods block: call them through the {@link TaskRunner}. */
public final class DocumentService {
    private final DataStore data;

    public DocumentService(DataStore data) {
        this.data = data;
    }

    public List<DocumentSummary> summaries() {
        return data.read(s -> s.documents().summaries());
    }

    public Document add(Document document) {
        return data.write(s -> s.documents().insert(document));
    }
}
