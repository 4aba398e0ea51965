package org.protocoldesk.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.protocoldesk.model.CounterpartSummary;
import org.protocoldesk.model.Page;
import org.protocoldesk.model.Person;
import org.protocoldesk.model.PersonRef;
import org.protocoldesk.model.Post;
import org.protocoldesk.model.PostHolding;
import org.protocoldesk.model.RecordKind;
import org.protocoldesk.store.DataStore;

/** The registry of counterparts and of our own people. Methods block: call them through the {@link TaskRunner}. */
public final class CounterpartService {
    /** The fields, as the counterpart form names them, of the columns whose rules a save may break. */
    private static final Refusals REFUSALS = new Refusals(Map.of("full_name", "full name", "spelling",
            "other spellings", "language", "languages", "email", "e-mail", "birth_date", "born on",
            "profile_as_of", "as of", "title", "post"));
    private final DataStore data;
    private final DataChanges changes;

    /** A service whose writes nobody listens to (tests, the command line). */
    public CounterpartService(DataStore data) {
        this(data, DataChanges.NONE);
    }

    public CounterpartService(DataStore data, DataChanges changes) {
        this.data = data;
        this.changes = changes;
    }

    public List<CounterpartSummary> counterparts() {
        return counterparts(Page.ALL);
    }

    public List<CounterpartSummary> counterparts(Page page) {
        return data.read(s -> s.persons().counterpartSummaries(page));
    }

    public Optional<Person> find(long id) {
        return data.read(s -> s.persons().find(id));
    }

    public Person add(Person person) {
        Person stored = REFUSALS.translated(() -> data.write(s -> s.persons().insert(person)));
        changes.changed(RecordKind.COUNTERPART, stored.id());
        return stored;
    }

    /** Stores the changes; children (posts, gifts, spellings, languages) that did not change keep their rows. */
    public void update(Person person) {
        REFUSALS.translated(() -> data.writeAll(s -> s.persons().update(person)));
        changes.changed(RecordKind.COUNTERPART, person.id());
    }

    /** Deletes the person with their own posts, gifts, spellings and languages; see {@link LinkService} for the rest. */
    public void delete(long id) {
        data.writeAll(s -> s.persons().delete(id));
        changes.changed(RecordKind.COUNTERPART, id);
    }

    /** Adds a post to the person; returns the person as stored. */
    public Person addPost(long personId, Post post) {
        Person person = find(personId).orElseThrow();
        List<Post> posts = new ArrayList<>(person.posts());
        posts.add(post.withId(null));
        return save(person.toBuilder().posts(posts).build());
    }

    /** Ends the person's post {@code postId} on {@code day}; the post keeps its id. */
    public Person endPost(long personId, long postId, LocalDate day) {
        Person person = find(personId).orElseThrow();
        List<Post> posts = person.posts().stream()
                .map(p -> p.id() != null && p.id() == postId ? p.endedOn(day) : p)
                .toList();
        return save(person.toBuilder().posts(posts).build());
    }

    /** Counterparts who look like this person: the same name ignoring accents and case, or same family name and country. */
    public List<CounterpartSummary> lookalikes(Person person) {
        return data.read(s -> s.persons().lookalikes(person));
    }

    /** Adds the person when they have no id yet, else stores the changes; returns the person as stored. */
    public Person save(Person person) {
        if (person.id() == null) {
            return add(person);
        }
        update(person);
        return find(person.id()).orElseThrow();
    }

    public List<PersonRef> ourPeople() {
        return data.read(s -> s.persons().ourPeople());
    }

    /** Who held which post at the organisation, in the order they took it up. */
    public List<PostHolding> postHolders(long organisationId) {
        return data.read(s -> s.persons().postHolders(organisationId));
    }
}
