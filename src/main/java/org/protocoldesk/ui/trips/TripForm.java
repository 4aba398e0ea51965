package org.protocoldesk.ui.trips;

import static org.protocoldesk.ui.form.Fields.textOrNull;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.protocoldesk.model.Country;
import org.protocoldesk.model.DelegationMember;
import org.protocoldesk.model.Destination;
import org.protocoldesk.model.Event;
import org.protocoldesk.model.PersonRef;
import org.protocoldesk.model.ProgrammeItem;
import org.protocoldesk.model.Trip;
import org.protocoldesk.model.TripStatus;
import org.protocoldesk.service.TaskRunner;
import org.protocoldesk.service.TripService;
import org.protocoldesk.ui.common.Dialogs;
import org.protocoldesk.ui.events.EventTexts;
import org.protocoldesk.ui.form.Checks;
import org.protocoldesk.ui.form.ChildList;
import org.protocoldesk.ui.form.Choices;
import org.protocoldesk.ui.form.DateSpan;
import org.protocoldesk.ui.form.Fields;
import org.protocoldesk.ui.form.FormField;
import org.protocoldesk.ui.form.FormViewModel;

/**
 * The trip form's state: title, purpose, objectives, dates (as far as known), status, destinations in order, the
 * delegation in order of precedence (the first heads it), the events attended and notes; with the rows where a
 * destination, a member or an event is written before it is added, and the trip's programme, read when it loads.
 */
public final class TripForm extends FormViewModel<Trip> {
    private final TripService trips;
    private final Choices<String, Country> countries;
    private final Choices<Long, PersonRef> ourPeople;
    private final Choices<Long, Event> events;
    private final ObservableList<TripStatus> statuses = FXCollections.observableArrayList(TripStatus.values());

    final FormField<String> title = fields().text("title", "Title").check(Checks::required).check(Checks::line);
    final FormField<String> purpose = fields().text("purpose", "Purpose").check(Checks::notes);
    final FormField<String> objectives = fields().text("objectives", "Objectives").check(Checks::notes);
    final DateSpan dates = new DateSpan(fields());
    final FormField<TripStatus> status = fields().<TripStatus>choice("status", "Status").check(Checks::requiredChoice);
    final ChildList<Destination> destinations = fields().list("destinations", "Destinations");
    final ChildList<DelegationMember> delegation = fields().list("delegation", "Delegation");
    final ChildList<Long> eventsAttended = fields().list("events", "Events attended");
    final FormField<String> notes = fields().text("notes", "Notes").check(Checks::notes);

    final Fields drafts = new Fields();
    final FormField<String> destinationCity = drafts.text("destination-city", "City").check(Checks::line);
    final FormField<Country> destinationCountry = drafts.choice("destination-country", "Country");
    final FormField<PersonRef> member = drafts.choice("member", "Member");
    final FormField<String> memberRole = drafts.text("member-role", "Role").check(Checks::line);
    final FormField<Event> event = drafts.choice("event", "Event");

    private final ObservableList<ProgrammeItem> programme = FXCollections.observableArrayList();
    private final StringBinding heading;

    public TripForm(TaskRunner tasks, Dialogs dialogs, TripService trips, Choices<String, Country> countries,
                    Choices<Long, PersonRef> ourPeople, Choices<Long, Event> events) {
        super(tasks, dialogs);
        this.trips = trips;
        this.countries = countries;
        this.ourPeople = ourPeople;
        this.events = events;
        heading = Bindings.createStringBinding(() -> getRecord() == null ? "New trip" : getRecord().title(),
                recordProperty());
        fields().alsoNamed("trip title", title);
        fields().alsoNamed("trip", dates.to());
        fields().alsoNamed("destination city", destinationCity);
    }

    @Override
    protected void fill(Trip loaded) {
        boolean fresh = loaded == null;
        fields().load(title, fresh ? "" : loaded.title());
        fields().load(purpose, fresh ? "" : loaded.purpose());
        fields().load(objectives, fresh ? "" : loaded.objectives());
        dates.load(fresh ? null : loaded.start(), fresh ? null : loaded.end());
        fields().load(status, fresh ? TripStatus.PLANNED : loaded.status());
        destinations.load(fresh ? List.of() : loaded.destinations());
        delegation.load(fresh ? List.of() : loaded.delegation());
        eventsAttended.load(fresh ? List.of() : loaded.eventIds());
        fields().load(notes, fresh ? "" : loaded.notes());
        clearDrafts();
        programme.clear();
        if (!fresh) {
            long id = loaded.id();
            tasks().read(() -> trips.programme(id), found -> {
                if (getRecord() != null && getRecord().id() == id) {
                    programme.setAll(found);
                }
            }, failure -> dialogs().failure("The trip's programme could not be read", failure));
        }
    }

    private void clearDrafts() {
        drafts.load(destinationCity, "");
        drafts.load(destinationCountry, null);
        drafts.load(member, null);
        drafts.load(memberRole, "");
        drafts.load(event, null);
    }

    @Override
    protected Trip build(Trip loaded) {
        return new Trip(loaded == null ? null : loaded.id(), textOrNull(title), textOrNull(purpose),
                textOrNull(objectives), dates.start().date(), dates.end().date(), status.get(), textOrNull(notes),
                destinations.snapshot(), delegation.snapshot(), eventsAttended.snapshot(), dates.precision());
    }

    @Override
    protected Trip write(Trip built) {
        return trips.save(built);
    }

    /** Adds the destination written under the list, if it has a city. True when added. */
    boolean addDestination() {
        if (textOrNull(destinationCity) == null) {
            destinationCity.rejectWith("Type the city first.");
            return false;
        }
        if (!destinationCity.validProperty().get()) {
            return false;
        }
        destinations.add(new Destination(textOrNull(destinationCity), countries.keyOf(destinationCountry.get())));
        drafts.load(destinationCity, "");
        drafts.load(destinationCountry, null);
        return true;
    }

    /** Adds the member chosen at the end of the delegation, unless they are already in it. True when added. */
    boolean addMember() {
        PersonRef chosen = member.get();
        if (chosen == null) {
            member.rejectWith("Choose a person first.");
            return false;
        }
        if (delegation.items().stream().anyMatch(m -> m.personId() == chosen.id())) {
            member.rejectWith("Already in the delegation.");
            return false;
        }
        if (!memberRole.validProperty().get()) {
            return false;
        }
        delegation.add(new DelegationMember(chosen.id(), textOrNull(memberRole)));
        drafts.load(member, null);
        drafts.load(memberRole, "");
        return true;
    }

    /** Adds the event chosen to those attended, unless it is there already. True when added. */
    boolean addEvent() {
        Event chosen = event.get();
        if (chosen == null) {
            event.rejectWith("Choose an event first.");
            return false;
        }
        if (eventsAttended.items().contains(chosen.id())) {
            event.rejectWith("Already listed.");
            return false;
        }
        eventsAttended.add(chosen.id());
        drafts.load(event, null);
        return true;
    }

    /** "Kamran Aliyev — Head of delegation" (the first member heads the delegation). */
    String describe(DelegationMember member) {
        String name = ourPeople.byKey(member.personId()).map(PersonRef::fullName).orElse("#" + member.personId());
        return member.role() == null ? name : name + " — " + member.role();
    }

    /** "London, United Kingdom". */
    String describe(Destination destination) {
        return destination.countryCode() == null ? destination.city()
                : destination.city() + ", " + countries.byKey(destination.countryCode()).map(Country::name)
                        .orElse(destination.countryCode());
    }

    /** "5th Meeting of … · 16 May 2024". */
    String describeEvent(long eventId) {
        return events.byKey(eventId).map(EventTexts::nameAndDates).orElse("#" + eventId);
    }

    ObservableList<ProgrammeItem> programme() {
        return programme;
    }

    ObservableList<TripStatus> statuses() {
        return statuses;
    }

    Choices<String, Country> countries() {
        return countries;
    }

    Choices<Long, PersonRef> ourPeople() {
        return ourPeople;
    }

    Choices<Long, Event> events() {
        return events;
    }

    /** What the pane is headed: the trip's title as saved, or "New trip". */
    StringBinding heading() {
        return heading;
    }
}
