package org.protocoldesk.ui.invitations;

import static org.protocoldesk.ui.form.Fields.textOrNull;

import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.protocoldesk.model.ApproximateDate;
import org.protocoldesk.model.Country;
import org.protocoldesk.model.Invitation;
import org.protocoldesk.model.InvitationDirection;
import org.protocoldesk.model.InvitationOccasion;
import org.protocoldesk.model.InvitationStatus;
import org.protocoldesk.model.Organisation;
import org.protocoldesk.model.PersonChoice;
import org.protocoldesk.service.InvitationService;
import org.protocoldesk.service.TaskRunner;
import org.protocoldesk.ui.common.ApproximateDates;
import org.protocoldesk.ui.common.Dialogs;
import org.protocoldesk.ui.common.EnumLabels;
import org.protocoldesk.ui.form.Checks;
import org.protocoldesk.ui.form.Choices;
import org.protocoldesk.ui.form.Fields;
import org.protocoldesk.ui.form.FormField;
import org.protocoldesk.ui.form.FormViewModel;

/**
 * The invitation form's state: who invites whom (a person, an organisation or both on each side), to what, where,
 * the proposed dates as far as they are known ("Sep 2024"), when it was extended and the reply deadline. An
 * invitation received by letter starts here, pending; its status changes only through the decisions of the pane.
 */
public final class InvitationForm extends FormViewModel<Invitation> {
    private static final String CHOOSE_A_SIDE = "Choose a person or an organisation.";

    private final InvitationService invitations;
    private final Choices<Long, PersonChoice> people;
    private final Choices<Long, Organisation> organisations;
    private final Choices<String, Country> countries;
    private final ObservableList<InvitationDirection> directions =
            FXCollections.observableArrayList(InvitationDirection.values());
    private final ObservableList<InvitationOccasion> occasions =
            FXCollections.observableArrayList(InvitationOccasion.values());

    final FormField<InvitationDirection> direction = fields().<InvitationDirection>choice("direction", "Direction")
            .check(Checks::requiredChoice);
    final FormField<InvitationOccasion> occasion = fields().<InvitationOccasion>choice("occasion", "Occasion")
            .check(Checks::requiredChoice);
    final FormField<String> description = fields().text("description", "Description").check(Checks::line);
    final FormField<PersonChoice> inviterPerson = fields().choice("inviter-person", "Invited by");
    final FormField<Organisation> inviterOrganisation = fields().choice("inviter-organisation", "On behalf of");
    final FormField<PersonChoice> inviteePerson = fields().choice("invitee-person", "Invited");
    final FormField<Organisation> inviteeOrganisation = fields().choice("invitee-organisation", "Invited body");
    final FormField<String> place = fields().text("place", "Place").check(Checks::line);
    final FormField<Country> country = fields().choice("country", "Country");
    final FormField<String> proposedFrom = fields().text("proposed-from", "Proposed from")
            .check(Checks::approximateDate);
    final FormField<String> proposedTo = fields().text("proposed-to", "Proposed to").check(Checks::approximateDate);
    final FormField<String> extendedOn = fields().dateText("extended-on", "Extended on");
    final FormField<String> replyDeadline = fields().dateText("reply-deadline", "Reply by");
    final FormField<String> notes = fields().text("notes", "Notes").check(Checks::notes);
    private final StringBinding title;

    public InvitationForm(TaskRunner tasks, Dialogs dialogs, InvitationService invitations,
                          Choices<Long, PersonChoice> people, Choices<Long, Organisation> organisations,
                          Choices<String, Country> countries) {
        super(tasks, dialogs);
        this.invitations = invitations;
        this.people = people;
        this.organisations = organisations;
        this.countries = countries;
        inviterPerson.check(() -> aSide(inviterPerson, inviterOrganisation, recordProperty().get() == null ? null
                : recordProperty().get().inviterName()), inviterOrganisation.valueProperty(), recordProperty());
        inviteePerson.check(() -> aSide(inviteePerson, inviteeOrganisation, recordProperty().get() == null ? null
                : recordProperty().get().inviteeName()), inviteeOrganisation.valueProperty(), recordProperty());
        proposedTo.check(() -> Checks.endNotBefore(proposedFrom.valueProperty(), proposedTo.get()),
                proposedFrom.valueProperty());
        replyDeadline.check(() -> Checks.notBefore(extendedOn.valueProperty(), replyDeadline.get()) == null ? null
                : "Before the invitation was extended (" + extendedOn.get().strip() + ").", extendedOn.valueProperty());
        fields().alsoNamed("inviter", inviterPerson);
        fields().alsoNamed("invitee", inviteePerson);
        fields().alsoNamed("proposed dates", proposedTo);
        title = Bindings.createStringBinding(() -> recordProperty().get() == null ? "New invitation"
                : headline(recordProperty().get()), recordProperty());
    }

    /** A side needs a person or an organisation, unless it is only named (the registry lacks it, or lost it). */
    private static String aSide(FormField<PersonChoice> person, FormField<Organisation> organisation, String name) {
        return person.get() == null && organisation.get() == null && (name == null || name.isBlank())
                ? CHOOSE_A_SIDE : null;
    }

    /** Shows the invitation again once the people to pick from have arrived, unless it is being edited. */
    public void reloadUnlessEdited() {
        if (!isDirty()) {
            load(getRecord());
        }
    }

    @Override
    protected void fill(Invitation loaded) {
        boolean fresh = loaded == null;
        fields().load(direction, fresh ? InvitationDirection.INCOMING : loaded.direction());
        fields().load(occasion, fresh ? null : loaded.occasion());
        fields().load(description, fresh ? "" : loaded.description());
        fields().load(inviterPerson, fresh ? null : people.byKey(loaded.inviterPersonId()).orElse(null));
        fields().load(inviterOrganisation, fresh ? null
                : organisations.byKey(loaded.inviterOrganisationId()).orElse(null));
        fields().load(inviteePerson, fresh ? null : people.byKey(loaded.inviteePersonId()).orElse(null));
        fields().load(inviteeOrganisation, fresh ? null
                : organisations.byKey(loaded.inviteeOrganisationId()).orElse(null));
        fields().load(place, fresh ? "" : loaded.place());
        fields().load(country, fresh ? null : countries.byKey(loaded.countryCode()).orElse(null));
        fields().load(proposedFrom, fresh ? "" : ApproximateDates.of(loaded.proposedFrom()));
        fields().load(proposedTo, fresh ? "" : ApproximateDates.of(loaded.proposedTo()));
        fields().load(extendedOn, fresh ? "" : Fields.dateText(loaded.extendedOn()));
        fields().load(replyDeadline, fresh ? "" : Fields.dateText(loaded.replyDeadline()));
        fields().load(notes, fresh ? "" : loaded.notes());
    }

    @Override
    protected Invitation build(Invitation loaded) {
        Optional<ApproximateDate> from = Checks.parseApproximate(proposedFrom.get());
        Optional<ApproximateDate> to = Checks.parseApproximate(proposedTo.get());
        boolean fresh = loaded == null;
        return new Invitation(fresh ? null : loaded.id(), direction.get(), occasion.get(), textOrNull(description),
                people.keyOf(inviterPerson.get()), organisations.keyOf(inviterOrganisation.get()),
                people.keyOf(inviteePerson.get()), organisations.keyOf(inviteeOrganisation.get()), textOrNull(place),
                countries.keyOf(country.get()), from.map(ApproximateDate::date).orElse(null),
                to.map(ApproximateDate::date).orElse(null), day(extendedOn),
                fresh ? null : loaded.extendedAtMeetingId(), day(replyDeadline),
                fresh ? InvitationStatus.PENDING : loaded.status(), fresh ? null : loaded.fulfilledByTripId(),
                fresh ? null : loaded.fulfilledByEventId(), textOrNull(notes),
                from.map(ApproximateDate::precision).orElse(null), fresh ? null : loaded.inviterName(),
                fresh ? null : loaded.inviteeName(), to.map(ApproximateDate::precision).orElse(null));
    }

    @Override
    protected Invitation write(Invitation built) {
        return invitations.save(built);
    }

    private static LocalDate day(FormField<String> field) {
        return Checks.parse(field.get()).orElse(null);
    }

    /** What the pane is headed: the description, else the occasion. */
    static String headline(Invitation invitation) {
        return invitation.description() != null ? invitation.description() : EnumLabels.of(invitation.occasion());
    }

    StringBinding title() {
        return title;
    }

    ObservableList<InvitationDirection> directions() {
        return directions;
    }

    ObservableList<InvitationOccasion> occasions() {
        return occasions;
    }

    Choices<Long, PersonChoice> people() {
        return people;
    }

    Choices<Long, Organisation> organisations() {
        return organisations;
    }

    Choices<String, Country> countries() {
        return countries;
    }
}
