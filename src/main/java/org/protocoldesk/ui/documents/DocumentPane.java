package org.protocoldesk.ui.documents;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import org.protocoldesk.model.Country;
import org.protocoldesk.model.Document;
import org.protocoldesk.model.DocumentParty;
import org.protocoldesk.model.MeetingSummary;
import org.protocoldesk.model.RecordKind;
import org.protocoldesk.ui.common.Names;
import org.protocoldesk.ui.common.Dates;
import org.protocoldesk.ui.common.EnumLabels;
import org.protocoldesk.ui.common.LinksView;
import org.protocoldesk.ui.common.SearchText;
import org.protocoldesk.ui.events.EventTexts;
import org.protocoldesk.ui.form.ChildListEditor;
import org.protocoldesk.ui.form.FormBuilder;
import org.protocoldesk.ui.form.RecordPane;
import org.protocoldesk.ui.organisations.OrganisationTexts;

/** The document beside the list, edited in place, with its parties in order. Ids start {@code document-}. */
public final class DocumentPane {
    private static final String ID = "document";
    private final RecordPane pane;

    public DocumentPane(DocumentForm form, LinksView links) {
        FormBuilder b = new FormBuilder(ID);
        b.text(form.title).setPromptText("e.g. Dushanbe Declaration");
        b.choice(form.kind, form.kinds(), EnumLabels::of);
        b.choice(form.status, form.statuses(), EnumLabels::of);
        b.section("Concluded");
        b.date(form.concludedOn);
        b.text(form.place).setPromptText("e.g. Dushanbe");
        b.picker(form.meeting, form.meetings().all(), DocumentPane::describe);
        b.picker(form.event, form.events().all(), EventTexts::nameAndDates);
        b.section("In force");
        b.date(form.validFrom);
        b.date(form.validUntil);
        b.row(form.parties.key(), form.parties.label(), partiesEditor(form));
        b.area(form.notes, 4);
        b.section("What links here");
        b.row("links", "Linked", links.following(RecordKind.DOCUMENT, form.recordProperty(), Document::id));
        pane = new RecordPane(ID, form, form.heading(), b.build());
    }

    private Node partiesEditor(DocumentForm form) {
        ChildListEditor<DocumentParty> editor = new ChildListEditor<>(form.parties, form::describe);
        FormBuilder b = new FormBuilder(ID);
        b.picker(form.partyOrganisation, form.organisations().all(), OrganisationTexts::nameAndShortName);
        b.picker(form.partyCountry, form.countries().all(), Country::name);
        b.text(form.partyName).setPromptText("When neither is on record");
        Button add = new Button("Add party");
        add.setId(ID + "-add-party");
        add.setOnAction(event -> form.addParty());
        return editor.withEditor(new VBox(4, b.build(), add));
    }

    /** "16 May 2024 · Meeting with …" (the counterparts met when it has no title). */
    static String describe(MeetingSummary meeting) {
        return SearchText.joined(" · ", Dates.day(meeting.date()),
                meeting.title() != null ? meeting.title() : Names.of(meeting.counterparts()));
    }

    public RecordPane node() {
        return pane;
    }
}
