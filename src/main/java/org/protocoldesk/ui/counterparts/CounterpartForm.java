package org.protocoldesk.ui.counterparts;

import static org.protocoldesk.ui.form.Fields.textOrNull;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import org.protocoldesk.model.ContactDetails;
import org.protocoldesk.model.Country;
import org.protocoldesk.model.FormsOfAddress;
import org.protocoldesk.model.Gift;
import org.protocoldesk.model.Organisation;
import org.protocoldesk.model.Person;
import org.protocoldesk.model.Post;
import org.protocoldesk.model.ProtocolNotes;
import org.protocoldesk.model.Side;
import org.protocoldesk.service.CounterpartService;
import org.protocoldesk.service.TaskRunner;
import org.protocoldesk.ui.common.ApproximateDates;
import org.protocoldesk.ui.common.Dialogs;
import org.protocoldesk.ui.common.SearchText;
import org.protocoldesk.ui.form.Checks;
import org.protocoldesk.ui.form.ChildList;
import org.protocoldesk.ui.form.Choices;
import org.protocoldesk.ui.form.Fields;
import org.protocoldesk.ui.form.FormField;
import org.protocoldesk.ui.form.FormViewModel;

/** The counterpart form's state: every field of a person's profile, with their other spellings, languages, posts and gifts. */
public final class CounterpartForm extends FormViewModel<Person> {
    private final CounterpartService counterparts;
    private final Choices<String, Country> countries;
    private final Choices<Long, Organisation> organisations;

    final FormField<String> honorific = line("honorific", "Honorific");
    final FormField<String> fullName = line("full-name", "Full name").check(Checks::required);
    final FormField<String> givenName = line("given-name", "Given name");
    final FormField<String> familyName = line("family-name", "Family name");
    final ChildList<String> otherSpellings = fields().list("other-spellings", "Other spellings");
    final FormField<String> written = line("address-written", "In writing");
    final FormField<String> salutation = line("address-salutation", "Salutation");
    final FormField<String> spoken = line("address-spoken", "Spoken");
    final FormField<String> pronunciation = line("pronunciation", "Pronunciation");
    final FormField<Country> country = fields().choice("country", "Country");
    final ChildList<String> languages = fields().list("languages", "Languages");
    final FormField<Boolean> interpreterNeeded = fields().flag("interpreter-needed", "Needs an interpreter");
    final FormField<String> birthDate = fields().dateText("birth-date", "Born on");
    final FormField<String> birthPlace = line("birth-place", "Born in");
    final FormField<String> spouse = line("spouse", "Spouse");
    final FormField<String> biography = notes("biography", "Biography");
    final FormField<String> protocolNotes = notes("protocol-notes", "Protocol notes");
    final FormField<String> dietary = notes("dietary", "Dietary");
    final FormField<String> sensitivities = notes("sensitivities", "Sensitivities");
    final FormField<String> preferences = notes("preferences", "Preferences");
    final ChildList<Gift> gifts = fields().list("gifts", "Gifts");
    final FormField<String> assistant = line("assistant", "Assistant");
    final FormField<String> email = line("email", "E-mail").check(Checks::email);
    final FormField<String> phone = line("phone", "Phone");
    final FormField<byte[]> photo = fields().choice("photo", "Photo");
    final FormField<String> profileSource = line("profile-source", "Source");
    final FormField<String> profileAsOf = fields().dateText("profile-as-of", "As of");
    final ChildList<Post> posts = fields().list("posts", "Posts");
    final PostDraft postDraft = new PostDraft(posts);
    final GiftDraft giftDraft = new GiftDraft(gifts);
    private final StringBinding title;

    public CounterpartForm(TaskRunner tasks, Dialogs dialogs, CounterpartService counterparts,
                           Choices<String, Country> countries, Choices<Long, Organisation> organisations) {
        super(tasks, dialogs);
        this.counterparts = counterparts;
        this.countries = countries;
        this.organisations = organisations;
        fields().alsoNamed("full name", fullName);
        title = Bindings.createStringBinding(() -> recordProperty().get() == null ? "New counterpart"
                : recordProperty().get().fullName(), recordProperty());
    }

    private FormField<String> line(String key, String label) {
        return fields().text(key, label).check(Checks::line);
    }

    private FormField<String> notes(String key, String label) {
        return fields().text(key, label).check(Checks::notes);
    }

    @Override
    protected void fill(Person loaded) {
        Person p = loaded == null ? Person.builder(Side.THEIRS, "?").build() : loaded;
        Fields f = fields();
        f.load(honorific, p.honorific());
        f.load(fullName, loaded == null ? "" : p.fullName());
        f.load(givenName, p.givenName());
        f.load(familyName, p.familyName());
        otherSpellings.load(p.otherSpellings());
        f.load(written, p.address().written());
        f.load(salutation, p.address().salutation());
        f.load(spoken, p.address().spoken());
        f.load(pronunciation, p.address().pronunciation());
        f.load(country, p.countryCode() == null ? null
                : countries.byKey(p.countryCode()).orElse(new Country(p.countryCode(), p.countryCode())));
        languages.load(p.languages());
        f.load(interpreterNeeded, p.interpreterNeeded());
        f.load(birthDate, Fields.dateText(p.birthDate()));
        f.load(birthPlace, p.birthPlace());
        f.load(spouse, p.spouse());
        f.load(biography, p.biography());
        f.load(protocolNotes, p.protocolNotes().general());
        f.load(dietary, p.protocolNotes().dietary());
        f.load(sensitivities, p.protocolNotes().sensitivities());
        f.load(preferences, p.protocolNotes().preferences());
        gifts.load(p.gifts());
        f.load(assistant, p.contact().assistant());
        f.load(email, p.contact().email());
        f.load(phone, p.contact().phone());
        f.load(photo, p.photo());
        f.load(profileSource, p.profileSource());
        f.load(profileAsOf, Fields.dateText(p.profileAsOf()));
        posts.load(p.posts());
        postDraft.clear();
        giftDraft.clear();
    }

    @Override
    protected Person build(Person loaded) {
        Person.Builder builder = loaded == null ? Person.builder(Side.THEIRS, textOrNull(fullName))
                : Person.builder(loaded.side(), textOrNull(fullName)).id(loaded.id());
        return builder.honorific(textOrNull(honorific))
                .givenName(textOrNull(givenName))
                .familyName(textOrNull(familyName))
                .otherSpellings(otherSpellings.snapshot())
                .address(new FormsOfAddress(textOrNull(written), textOrNull(salutation), textOrNull(spoken),
                        textOrNull(pronunciation)))
                .countryCode(countries.keyOf(country.get()))
                .languages(languages.snapshot())
                .interpreterNeeded(interpreterNeeded.get())
                .birthDate(day(birthDate))
                .birthPlace(textOrNull(birthPlace))
                .spouse(textOrNull(spouse))
                .biography(textOrNull(biography))
                .protocolNotes(new ProtocolNotes(textOrNull(protocolNotes), textOrNull(dietary),
                        textOrNull(sensitivities), textOrNull(preferences)))
                .gifts(gifts.snapshot())
                .contact(new ContactDetails(textOrNull(assistant), textOrNull(email), textOrNull(phone)))
                .photo(photo.get())
                .profileSource(textOrNull(profileSource))
                .profileAsOf(day(profileAsOf))
                .posts(posts.snapshot())
                .build();
    }

    private static LocalDate day(FormField<String> field) {
        return Checks.parse(field.get()).orElse(null);
    }

    @Override
    protected Person write(Person built) {
        return counterparts.save(built);
    }

    @Override
    protected List<String> lookalikes(Person built) {
        return counterparts.lookalikes(built).stream()
                .map(c -> SearchText.joined(", ", c.fullName(), c.postTitle(), c.organisationName(), c.countryName()))
                .toList();
    }

    /** What the pane is headed: the person's name as saved, or "New counterpart". */
    public StringBinding title() {
        return title;
    }

    /** A post as its list shows it: "Secretary General, ECO · Sep 2021 – 31 Jul 2024". */
    String describe(Post post) {
        String organisation = organisations.byKey(post.organisationId()).map(o -> o.shortName() != null
                ? o.shortName() : o.name()).orElse(null);
        return SearchText.joined(" · ", SearchText.joined(", ", post.title(), organisation),
                ApproximateDates.term(post));
    }

    Choices<String, Country> countries() {
        return countries;
    }

    Choices<Long, Organisation> organisations() {
        return organisations;
    }
}
