package org.protocoldesk.service;

import java.util.List;
import java.util.Optional;
import org.protocoldesk.model.Document;
import org.protocoldesk.model.DocumentSummary;
import org.protocoldesk.model.RecordKind;
import org.protocoldesk.store.DataStore;

/** Agreements, declarations and other documents. Methods block: call them through the {@link TaskRunner}. */
public final class DocumentService {
    private final DataStore data;
    private final DataChanges changes;

    /** A service whose writes nobody listens to (tests, the command line). */
    public DocumentService(DataStore data) {
        this(data, DataChanges.NONE);
    }

    public DocumentService(DataStore data, DataChanges changes) {
        this.data = data;
        this.changes = changes;
    }

    public List<DocumentSummary> summaries() {
        return data.read(s -> s.documents().summaries());
    }

    public Document add(Document document) {
        Document stored = data.write(s -> s.documents().insert(document));
        changes.changed(RecordKind.DOCUMENT, stored.id());
        return stored;
    }

    public Optional<Document> find(long id) {
        return data.read(s -> s.documents().find(id));
    }

    /** Adds the document when it has no id yet, else stores its changes; returns it as stored. */
    public Document save(Document document) {
        if (document.id() == null) {
            return add(document);
        }
        data.writeAll(s -> s.documents().update(document));
        changes.changed(RecordKind.DOCUMENT, document.id());
        return data.read(s -> s.documents().find(document.id())).orElseThrow();
    }

    /** Deletes the document; see {@link LinkService} for what happens to what links to it. */
    public void delete(long id) {
        data.writeAll(s -> s.documents().delete(id));
        changes.changed(RecordKind.DOCUMENT, id);
    }
}
