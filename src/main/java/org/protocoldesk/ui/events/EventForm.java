package org.protocoldesk.ui.events;

import static org.protocoldesk.ui.form.Fields.textOrNull;

import java.time.DateTimeException;
import java.time.ZoneId;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import org.protocoldesk.model.Country;
import org.protocoldesk.model.Event;
import org.protocoldesk.model.Organisation;
import org.protocoldesk.service.EventService;
import org.protocoldesk.service.TaskRunner;
import org.protocoldesk.ui.common.Dialogs;
import org.protocoldesk.ui.form.Checks;
import org.protocoldesk.ui.form.Choices;
import org.protocoldesk.ui.form.DateSpan;
import org.protocoldesk.ui.form.FormField;
import org.protocoldesk.ui.form.FormViewModel;

/** The event form's state: name, series and edition, place, dates (as far as known), time zone, host, notes. */
public final class EventForm extends FormViewModel<Event> {
    private final EventService events;
    private final Choices<String, Country> countries;
    private final Choices<Long, Organisation> organisations;

    final FormField<String> name = fields().text("name", "Name").check(Checks::required).check(Checks::line);
    final FormField<String> series = fields().text("series", "Series").check(Checks::line);
    final FormField<String> edition = fields().text("edition", "Edition").check(EventForm::edition);
    final FormField<String> venue = fields().text("venue", "Venue").check(Checks::line);
    final FormField<String> city = fields().text("city", "City").check(Checks::line);
    final FormField<Country> country = fields().choice("country", "Country");
    final DateSpan dates = new DateSpan(fields());
    final FormField<String> timeZone = fields().text("time-zone", "Time zone").check(EventForm::zone);
    final FormField<Organisation> host = fields().choice("host", "Host");
    final FormField<String> notes = fields().text("notes", "Notes").check(Checks::notes);
    private final StringBinding heading;

    public EventForm(TaskRunner tasks, Dialogs dialogs, EventService events, Choices<String, Country> countries,
                     Choices<Long, Organisation> organisations) {
        super(tasks, dialogs);
        this.events = events;
        this.countries = countries;
        this.organisations = organisations;
        heading = Bindings.createStringBinding(() -> getRecord() == null ? "New event" : getRecord().name(),
                recordProperty());
        fields().alsoNamed("event name", name);
        fields().alsoNamed("event", dates.to());
    }

    /** A whole number from 1, or nothing: "5" for the 5th edition. */
    static String edition(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.strip().matches("[1-9]\\d{0,3}") ? null : "A number from 1, e.g. 5 for the 5th.";
    }

    static String zone(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            ZoneId.of(text.strip());
            return null;
        } catch (DateTimeException notAZone) {
            return "Not a time zone: write it like Asia/Baku or Europe/London.";
        }
    }

    @Override
    protected void fill(Event loaded) {
        boolean fresh = loaded == null;
        fields().load(name, fresh ? "" : loaded.name());
        fields().load(series, fresh ? "" : loaded.series());
        fields().load(edition, fresh || loaded.edition() == null ? "" : loaded.edition().toString());
        fields().load(venue, fresh ? "" : loaded.venue());
        fields().load(city, fresh ? "" : loaded.city());
        fields().load(country, fresh ? null : countries.byKey(loaded.countryCode()).orElse(null));
        dates.load(fresh ? null : loaded.start(), fresh ? null : loaded.end());
        fields().load(timeZone, fresh ? "" : loaded.timeZone());
        fields().load(host, fresh ? null : organisations.byKey(loaded.hostOrganisationId()).orElse(null));
        fields().load(notes, fresh ? "" : loaded.notes());
    }

    @Override
    protected Event build(Event loaded) {
        String editionText = textOrNull(edition);
        return new Event(loaded == null ? null : loaded.id(), textOrNull(name), textOrNull(series),
                editionText == null ? null : Integer.valueOf(editionText), textOrNull(city),
                countries.keyOf(country.get()), textOrNull(venue), dates.start().date(), dates.end().date(),
                textOrNull(timeZone), organisations.keyOf(host.get()), textOrNull(notes), dates.precision());
    }

    @Override
    protected Event write(Event built) {
        return events.save(built);
    }

    Choices<String, Country> countries() {
        return countries;
    }

    Choices<Long, Organisation> organisations() {
        return organisations;
    }

    /** What the pane is headed: the event's name as saved, or "New event". */
    StringBinding heading() {
        return heading;
    }
}
