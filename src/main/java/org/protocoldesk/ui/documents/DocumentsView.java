package org.protocoldesk.ui.documents;

import java.util.List;
import javafx.scene.Node;
import org.protocoldesk.model.DocumentSummary;
import org.protocoldesk.ui.common.Columns;
import org.protocoldesk.ui.common.EnumLabels;
import org.protocoldesk.ui.common.ListScreen;
import org.protocoldesk.ui.common.ListTexts;
import org.protocoldesk.ui.common.ListViewModel;
import org.protocoldesk.ui.common.SearchText;
import org.protocoldesk.ui.shell.Section;

/** Agreements, declarations, plans…: what, its status, when and where concluded; one edited beside. */
public final class DocumentsView extends ListScreen<DocumentSummary> {
    private static final ListTexts TEXTS = new ListTexts("Documents", "document", "documents",
            "Filter by title, kind, status, place or event",
            "Agreements, declarations and other documents are listed here once they are recorded.",
            "Press New (Ctrl+N) to add the first document.");

    public DocumentsView() {
        super(Section.DOCUMENTS.id(), Section.DOCUMENTS.icon(), TEXTS, new ListViewModel<>(DocumentsView::searchText),
                List.of(Columns.text("Title", 320, DocumentSummary::title),
                        Columns.label("Kind", 110, DocumentSummary::kind),
                        Columns.label("Status", 100, DocumentSummary::status),
                        Columns.date("Concluded", 120, DocumentSummary::concludedOn),
                        Columns.text("Place", 120, DocumentSummary::place),
                        Columns.text("Event", 220, DocumentSummary::eventName)));
    }

    /** Shows the pane that edits the selected document beside the list. */
    public void showEditor(Node pane) {
        showBeside(pane);
    }

    private static String searchText(DocumentSummary d) {
        return SearchText.of(d.title(), EnumLabels.of(d.kind()), EnumLabels.of(d.status()), d.place(), d.eventName());
    }
}
