package org.protocoldesk.ui.documents;

import static org.protocoldesk.ui.form.Fields.textOrNull;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.protocoldesk.model.Country;
import org.protocoldesk.model.Document;
import org.protocoldesk.model.DocumentKind;
import org.protocoldesk.model.DocumentParty;
import org.protocoldesk.model.DocumentStatus;
import org.protocoldesk.model.Event;
import org.protocoldesk.model.MeetingSummary;
import org.protocoldesk.model.Organisation;
import org.protocoldesk.service.DocumentService;
import org.protocoldesk.service.TaskRunner;
import org.protocoldesk.ui.common.Dialogs;
import org.protocoldesk.ui.form.Checks;
import org.protocoldesk.ui.form.ChildList;
import org.protocoldesk.ui.form.Choices;
import org.protocoldesk.ui.form.Fields;
import org.protocoldesk.ui.form.FormField;
import org.protocoldesk.ui.form.FormViewModel;

/**
 * The document form's state: title, kind, status, the day it was concluded, where, in force from and to, the
 * meeting or event where it was concluded, notes, and its parties in order (each an organisation, a country or a
 * name), with the row where a party is written before it is added.
 */
public final class DocumentForm extends FormViewModel<Document> {
    private final DocumentService documents;
    private final Choices<String, Country> countries;
    private final Choices<Long, Organisation> organisations;
    private final Choices<Long, MeetingSummary> meetings;
    private final Choices<Long, Event> events;
    private final ObservableList<DocumentKind> kinds = FXCollections.observableArrayList(DocumentKind.values());
    private final ObservableList<DocumentStatus> statuses = FXCollections.observableArrayList(DocumentStatus.values());

    final FormField<String> title = fields().text("title", "Title").check(Checks::required).check(Checks::line);
    final FormField<DocumentKind> kind = fields().<DocumentKind>choice("kind", "Kind").check(Checks::requiredChoice);
    final FormField<DocumentStatus> status = fields().<DocumentStatus>choice("status", "Status")
            .check(Checks::requiredChoice);
    final FormField<String> concludedOn = fields().dateText("concluded-on", "Concluded on");
    final FormField<String> place = fields().text("place", "Place").check(Checks::line);
    final FormField<String> validFrom = fields().dateText("valid-from", "In force from");
    final FormField<String> validUntil = fields().dateText("valid-until", "In force until");
    final FormField<MeetingSummary> meeting = fields().choice("meeting", "At the meeting");
    final FormField<Event> event = fields().choice("event", "At the event");
    final FormField<String> notes = fields().text("notes", "Notes").check(Checks::notes);
    final ChildList<DocumentParty> parties = fields().list("parties", "Parties");

    final Fields partyDraft = new Fields();
    final FormField<Organisation> partyOrganisation = partyDraft.choice("party-organisation", "Organisation");
    final FormField<Country> partyCountry = partyDraft.choice("party-country", "Country");
    final FormField<String> partyName = partyDraft.text("party-name", "Name").check(Checks::line);

    private final StringBinding heading;
    /** The meeting of a loaded document when the picker does not offer it (an old one): kept unless changed. */
    private Long unlistedMeetingId;

    public DocumentForm(TaskRunner tasks, Dialogs dialogs, DocumentService documents,
                        Choices<String, Country> countries, Choices<Long, Organisation> organisations,
                        Choices<Long, MeetingSummary> meetings, Choices<Long, Event> events) {
        super(tasks, dialogs);
        this.documents = documents;
        this.countries = countries;
        this.organisations = organisations;
        this.meetings = meetings;
        this.events = events;
        validUntil.check(() -> Checks.notBefore(validFrom.valueProperty(), validUntil.get()), validFrom.valueProperty());
        heading = Bindings.createStringBinding(() -> getRecord() == null ? "New document" : getRecord().title(),
                recordProperty());
        fields().alsoNamed("document title", title);
        fields().alsoNamed("validity", validUntil);
            }

    @Override
    protected void fill(Document loaded) {
        boolean fresh = loaded == null;
        fields().load(title, fresh ? "" : loaded.title());
        fields().load(kind, fresh ? null : loaded.kind());
        fields().load(status, fresh ? null : loaded.status());
        fields().load(concludedOn, fresh ? "" : Fields.dateText(loaded.concludedOn()));
        fields().load(place, fresh ? "" : loaded.place());
        fields().load(validFrom, fresh ? "" : Fields.dateText(loaded.validFrom()));
        fields().load(validUntil, fresh ? "" : Fields.dateText(loaded.validUntil()));
        MeetingSummary shown = fresh ? null : meetings.byKey(loaded.meetingId()).orElse(null);
        unlistedMeetingId = fresh || shown != null ? null : loaded.meetingId();
        fields().load(meeting, shown);
        fields().load(event, fresh ? null : events.byKey(loaded.eventId()).orElse(null));
        fields().load(notes, fresh ? "" : loaded.notes());
        parties.load(fresh ? List.of() : loaded.parties());
        clearPartyDraft();
    }

    private void clearPartyDraft() {
        partyDraft.load(partyOrganisation, null);
        partyDraft.load(partyCountry, null);
        partyDraft.load(partyName, "");
    }

    @Override
    protected Document build(Document loaded) {
        Long meetingId = meeting.get() != null ? Long.valueOf(meeting.get().id())
                : meeting.changedProperty().get() ? null : unlistedMeetingId;
        return new Document(loaded == null ? null : loaded.id(), kind.get(), textOrNull(title), status.get(),
                day(concludedOn), textOrNull(place), day(validFrom), day(validUntil), meetingId,
                events.keyOf(event.get()), textOrNull(notes), parties.snapshot());
    }

    private static LocalDate day(FormField<String> field) {
        return Checks.parse(field.get()).orElse(null);
    }

    @Override
    protected Document write(Document built) {
        return documents.save(built);
    }

    /** Adds the party written under the list: an organisation, a country or a name. True when added. */
    boolean addParty() {
        String name = textOrNull(partyName);
        if (partyOrganisation.get() == null && partyCountry.get() == null && name == null) {
            partyName.rejectWith("A party needs an organisation, a country or a name.");
            return false;
        }
        String tooLong = Checks.line(partyName.get());
        if (tooLong != null) {
            partyName.rejectWith(tooLong);
            return false;
        }
        parties.add(new DocumentParty(organisations.keyOf(partyOrganisation.get()),
                countries.keyOf(partyCountry.get()), name));
        clearPartyDraft();
        return true;
    }

    /** A party as its list shows it: the organisation's, the country's or the party's own name. */
    String describe(DocumentParty party) {
        if (party.organisationId() != null) {
            return organisations.byKey(party.organisationId()).map(Organisation::name)
                    .orElse("#" + party.organisationId());
        }
        if (party.countryCode() != null) {
            return countries.byKey(party.countryCode()).map(Country::name).orElse(party.countryCode());
        }
        return party.name();
    }

    ObservableList<DocumentKind> kinds() {
        return kinds;
    }

    ObservableList<DocumentStatus> statuses() {
        return statuses;
    }

    Choices<String, Country> countries() {
        return countries;
    }

    Choices<Long, Organisation> organisations() {
        return organisations;
    }

    Choices<Long, MeetingSummary> meetings() {
        return meetings;
    }

    Choices<Long, Event> events() {
        return events;
    }

    /** What the pane is headed: the document's title as saved, or "New document". */
    StringBinding heading() {
        return heading;
    }
}
