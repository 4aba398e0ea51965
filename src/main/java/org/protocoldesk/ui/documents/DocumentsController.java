package org.protocoldesk.ui.documents;

import java.util.Optional;
import org.protocoldesk.model.Document;
import org.protocoldesk.model.DocumentSummary;
import org.protocoldesk.model.RecordKind;
import org.protocoldesk.service.DocumentService;
import org.protocoldesk.service.LinkService;
import org.protocoldesk.service.TaskRunner;
import org.protocoldesk.ui.common.Dialogs;
import org.protocoldesk.ui.common.LinksView;
import org.protocoldesk.ui.common.PagedQuery;
import org.protocoldesk.ui.common.RecordOpener;
import org.protocoldesk.ui.form.EditingListController;

/** Loads the documents into their screen and edits the one selected in the pane beside it. */
public final class DocumentsController extends EditingListController<DocumentSummary, Document> {
    private final DocumentService documents;

    public DocumentsController(DocumentsView view, TaskRunner tasks, Dialogs dialogs, DocumentService documents,
                               DocumentForm form, LinkService links, RecordOpener opener) {
        this(view, tasks, dialogs, documents, form, links, new DocumentPane(form,
                new LinksView("document", tasks, links, opener)));
    }

    private DocumentsController(DocumentsView view, TaskRunner tasks, Dialogs dialogs, DocumentService documents,
                                DocumentForm form, LinkService links, DocumentPane pane) {
        super(view, tasks, dialogs, PagedQuery.whole(documents::summaries), form, pane.node(), DocumentSummary::id, Document::id);
        this.documents = documents;
        tellDependantsThrough(links);
        view.showEditor(pane.node());
    }

    @Override
    protected Optional<Document> find(long id) {
        return documents.find(id);
    }

    @Override
    protected void delete(long id) {
        documents.delete(id);
    }

    @Override
    protected String nameOf(Document document) {
        return document.title();
    }

    @Override
    protected RecordKind kind() {
        return RecordKind.DOCUMENT;
    }

    @Override
    protected String deleteConsequences(Document document) {
        return "Its list of parties is deleted with it. The meeting outcomes that record it stay, no longer linked "
                + "to it.";
    }

    @Override
    protected String firstFieldId() {
        return "document-title";
    }
}
