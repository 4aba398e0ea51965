package org.protocoldesk.service;

import org.protocoldesk.store.DataStore;

/**
 * The bundled demo data set: loaded on a first start so that a newcomer sees real content, and removable in one
 * action without touching the user's own records. Methods block: call them through the {@link TaskRunner}.
 */
public final class DemoDataService {
    static final String DEMO_DATA = "/org/protocoldesk/demo/demo-data.json";

    private final DataStore data;
    private final String resource;

    public DemoDataService(DataStore data) {
        this(data, DEMO_DATA);
    }

    /** Reads the data set from another class-path resource (tests). */
    DemoDataService(DataStore data, String resource) {
        this.data = data;
        this.resource = resource;
    }

    /** Loads the demo data if the database holds no person, organisation, trip or meeting; tells whether it did. */
    public boolean loadIfEmpty() {
        if (!isEmpty()) {
            return false; // decided by a quick read: the demo file is parsed only when it will be loaded
        }
        DemoData demo = new DemoDataReader().read(resource);
        return data.write(s -> {
            if (!s.demoRows().noRecordsYet()) {
                return false;
            }
            new DemoDataLoader(s).load(demo);
            return true;
        });
    }

    /** Loads the demo data in one transaction: all of it, or on any error nothing. Refused if it is loaded already. */
    public void load() {
        DemoData demo = new DemoDataReader().read(resource);
        data.writeAll(s -> {
            if (s.demoRows().anyMarked()) {
                throw new DemoDataException("The demo data is loaded already");
            }
            new DemoDataLoader(s).load(demo);
        });
    }

    /** True while the database holds no person, organisation, trip or meeting, the demo's or the user's. */
    public boolean isEmpty() {
        return data.read(s -> s.demoRows().noRecordsYet());
    }

    public boolean isLoaded() {
        return data.read(s -> s.demoRows().anyMarked());
    }

    /** Deletes every row the demo data created, in one transaction; the user's records and the countries stay. */
    public void remove() {
        data.writeAll(s -> s.demoRows().deleteAllMarked());
    }
}
