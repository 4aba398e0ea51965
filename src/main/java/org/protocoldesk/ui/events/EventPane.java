package org.protocoldesk.ui.events;

import org.protocoldesk.model.Country;
import org.protocoldesk.model.Event;
import org.protocoldesk.model.RecordKind;
import org.protocoldesk.ui.common.LinksView;
import org.protocoldesk.ui.form.FormBuilder;
import org.protocoldesk.ui.form.RecordPane;
import org.protocoldesk.ui.organisations.OrganisationTexts;

/** The event beside the list, edited in place. Ids start {@code event-}. */
public final class EventPane {
    private static final String ID = "event";
    private final RecordPane pane;

    public EventPane(EventForm form, LinksView links) {
        FormBuilder b = new FormBuilder(ID);
        b.text(form.name).setPromptText("e.g. 5th Meeting of the Attorneys/Prosecutors General of the ECO Member States");
        b.text(form.series);
        b.text(form.edition).setPromptText("e.g. 5");
        b.section("Where and when");
        b.text(form.venue);
        b.text(form.city);
        b.picker(form.country, form.countries().all(), Country::name);
        b.text(form.dates.from()).setPromptText("e.g. 16 May 2024, Sep 2024 or 2024");
        b.text(form.dates.to()).setPromptText("Blank for a single day");
        b.text(form.timeZone).setPromptText("e.g. Asia/Dushanbe");
        b.picker(form.host, form.organisations().all(), OrganisationTexts::nameAndShortName)
                .setPromptText("The organisation hosting it");
        b.area(form.notes, 4);
        b.section("What links here");
        b.row("links", "Linked", links.following(RecordKind.EVENT, form.recordProperty(), Event::id));
        pane = new RecordPane(ID, form, form.heading(), b.build());
    }

    public RecordPane node() {
        return pane;
    }
}
