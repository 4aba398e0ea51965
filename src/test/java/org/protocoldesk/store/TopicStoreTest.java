package org.protocoldesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import org.protocoldesk.model.InvalidRecordException;
import org.protocoldesk.model.Topic;

class TopicStoreTest extends StoreTestSupport {

    @Test
    void anUnknownTopicIsCreatedWithItsNameAsWritten() {
        Topic created = data.write(s -> s.topics().findOrCreate("Mutual legal assistance"));
        assertThat(created.id()).isNotNull();
        assertThat(data.read((Stores s) -> s.topics().all())).containsExactly(created);
    }

    @Test
    void aKnownTopicIsReusedWhateverTheCaseOfTheNameAsked() {
        Topic first = data.write(s -> s.topics().findOrCreate("Extradition"));
        Topic again = data.write(s -> s.topics().findOrCreate("eXTRADITION"));
        assertThat(again).isEqualTo(first);
        assertThat(count("topic")).isEqualTo(1);
    }

    @Test
    void surroundingSpacesDoNotMakeANewTopic() {
        Topic first = data.write(s -> s.topics().findOrCreate("Cybercrime"));
        assertThat(data.write((Stores s) -> s.topics().findOrCreate("  cybercrime "))).isEqualTo(first);
    }

    @Test
    void allListsTopicsByNameRegardlessOfCase() {
        data.writeAll(s -> {
            s.topics().findOrCreate("drug trafficking");
            s.topics().findOrCreate("Asset recovery");
            s.topics().findOrCreate("Cybercrime");
        });
        assertThat(data.read((Stores s) -> s.topics().all())).extracting(Topic::name)
                .containsExactly("Asset recovery", "Cybercrime", "drug trafficking");
    }

    @Test
    void aBlankTopicNameIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> data.write(s -> s.topics().findOrCreate("  ")))
                .isInstanceOf(InvalidRecordException.class);
        assertThat(count("topic")).isZero();
    }

    @Test
    void theDatabaseRefusesTwoTopicsDifferingOnlyInCase() {
        data.writeAll(s -> s.topics().findOrCreate("Anti-corruption"));
        assertThatThrownBy(() -> data.writeAll(s -> s.dsl().execute(
                "INSERT INTO topic (name) VALUES ('ANTI-CORRUPTION')")))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("UNIQUE");
        assertThat(count("topic")).isEqualTo(1);
    }
}
