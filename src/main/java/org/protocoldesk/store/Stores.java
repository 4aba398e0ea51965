package org.protocoldesk.store;

import org.jooq.DSLContext;

/** The stores of one transaction, all bound to its context. */
public final class Stores {
    private final DSLContext tx;

    Stores(DSLContext tx) {
        this.tx = tx;
    }

    /** Plain jOOQ access inside this transaction, for queries that belong to no single store. */
    public DSLContext dsl() {
        return tx;
    }

    public CountryStore countries() {
        return new CountryStore(tx);
    }

    public OrganisationStore organisations() {
        return new OrganisationStore(tx);
    }

    public PersonStore persons() {
        return new PersonStore(tx);
    }

    public EventStore events() {
        return new EventStore(tx);
    }

    public TripStore trips() {
        return new TripStore(tx);
    }

    public TopicStore topics() {
        return new TopicStore(tx);
    }

    public MeetingStore meetings() {
        return new MeetingStore(tx);
    }

    public FollowUpStore followUps() {
        return new FollowUpStore(tx);
    }

    public InvitationStore invitations() {
        return new InvitationStore(tx);
    }

    public DocumentStore documents() {
        return new DocumentStore(tx);
    }

    public DraftStore drafts() {
        return new DraftStore(tx);
    }

    public DemoRowStore demoRows() {
        return new DemoRowStore(tx);
    }
}
