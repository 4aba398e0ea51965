package org.protocoldesk.app;

import java.nio.file.Path;
import org.protocoldesk.service.OrganisationService;
import org.protocoldesk.store.DataStore;
import org.protocoldesk.store.Database;

/** The open database and the services over it. Built on a worker at start-up: opening may migrate. */
final class Backend implements AutoCloseable {
    private final Database database;
    private final OrganisationService organisations;

    private Backend(Database database) {
        this.database = database;
        DataStore data = new DataStore(database.configuration());
        this.organisations = new OrganisationService(data);
    }

    static Backend open(Path dataDir) {
        return new Backend(Database.open(dataDir));
    }

    OrganisationService organisations() {
        return organisations;
    }

    @Override
    public void close() {
        database.close();
    }
}
