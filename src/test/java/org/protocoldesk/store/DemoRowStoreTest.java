package org.protocoldesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.protocoldesk.model.Organisation;
import org.protocoldesk.model.OrganisationKind;

class DemoRowStoreTest extends StoreTestSupport {

    @Test
    void deleteAllMarkedDeletesOnlyTheMarkedRowsAndForgetsTheMarks() {
        Organisation demo = insert("ECO");
        Organisation own = insert("Ministry of Justice");
        data.writeAll(s -> s.demoRows().mark(DemoTable.ORGANISATION, demo.id()));
        data.writeAll(s -> s.demoRows().deleteAllMarked());
        assertThat(data.read((Stores s) -> s.organisations().find(demo.id()))).isEmpty();
        assertThat(data.read((Stores s) -> s.organisations().find(own.id()))).contains(own);
        assertThat(data.read((Stores s) -> s.demoRows().anyMarked())).isFalse();
    }

    @Test
    void anEmptyDatabaseHasNoRecordsYet() {
        assertThat(data.read((Stores s) -> s.demoRows().noRecordsYet())).isTrue();
    }

    @Test
    void oneOrganisationMeansRecordsExist() {
        insert("Ministry of Justice");
        assertThat(data.read((Stores s) -> s.demoRows().noRecordsYet())).isFalse();
    }

    private Organisation insert(String name) {
        return data.write(s -> s.organisations().insert(new Organisation(null, name, null, OrganisationKind.OTHER,
                null, null)));
    }
}
