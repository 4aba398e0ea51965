package org.protocoldesk.service;

import java.util.List;
import java.util.Optional;
import org.protocoldesk.model.CounterpartSummary;
import org.protocoldesk.model.Page;
import org.protocoldesk.model.Person;
import org.protocoldesk.model.PersonRef;
import org.protocoldesk.model.PostHolding;
import org.protocoldesk.model.SortKey;
import org.protocoldesk.store.DataStore;

/** The registry of counterparts and of our own people. Methods block: call them through the {@link TaskRunner}. */
public final class CounterpartService {
    private final DataStore data;

    public CounterpartService(DataStore data) {
        this.data = data;
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
        return data.write(s -> s.persons().insert(person));
    }

    public void update(Person person) {
        data.writeAll(s -> s.persons().update(person));
    }

    /** Adds the person when they have no id yet, else stores the changes; returns the person as stored. */
    public Person save(Person person) {
        if (person.id() == null) {
            return add(person);
        }
        update(person);
        return find(person.id()).orElseThrow();
    }

    /**
     * Counterparts who look like this person: the same full name, ignoring accents and case. A thin stand-in over
     * the summaries until the store's duplicate detection lands.
     */
    public List<CounterpartSummary> lookalikes(Person person) {
        String name = SortKey.of(person.fullName());
        return counterparts().stream()
                .filter(c -> person.id() == null || c.id() != person.id())
                .filter(c -> SortKey.of(c.fullName()).equals(name))
                .toList();
    }

    /** Deletes the person with their own children; meetings and documents that named them stay. */
    public void delete(long id) {
        data.writeAll(s -> s.persons().delete(id));
    }

    public List<PersonRef> ourPeople() {
        return data.read(s -> s.persons().ourPeople());
    }

    /** Who held which post at the organisation, in the order they took it up. */
    public List<PostHolding> postHolders(long organisationId) {
        return data.read(s -> s.persons().postHolders(organisationId));
    }
}
