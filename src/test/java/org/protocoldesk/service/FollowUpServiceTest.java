package org.protocoldesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protocoldesk.model.FollowUp;
import org.protocoldesk.model.FollowUpStatus;
import org.protocoldesk.model.FollowUpSummary;
import org.protocoldesk.model.Party;
import org.protocoldesk.store.StoreTestSupport;

class FollowUpServiceTest extends StoreTestSupport {
    private static final LocalDate TODAY = LocalDate.of(2024, 6, 10);

    private FollowUpService followUps;

    @BeforeEach
    void service() {
        followUps = new FollowUpService(data);
    }

    @Test
    void openListsAnAddedFollowUp() {
        FollowUp added = followUps.add(open("Send the programme", null));
        assertThat(followUps.open()).extracting(FollowUpSummary::followUp).containsExactly(added);
    }

    @Test
    void dueByListsOnlyTheFollowUpsDueByThatDay() {
        FollowUp due = followUps.add(open("Due today", TODAY));
        followUps.add(open("Due tomorrow", TODAY.plusDays(1)));
        assertThat(followUps.dueBy(TODAY)).extracting(FollowUpSummary::followUp).containsExactly(due);
    }

    @Test
    void aFollowUpMarkedDoneKeepsItsDateAndLeavesTheOpenList() {
        FollowUp added = followUps.add(open("Send the programme", TODAY));
        followUps.markDone(added.id(), TODAY.plusDays(2));
        assertThat(followUps.open()).isEmpty();
        assertThat(stored(added.id()))
                .satisfies(f -> {
                    assertThat(f.status()).isEqualTo(FollowUpStatus.DONE);
                    assertThat(f.doneDate()).isEqualTo(TODAY.plusDays(2));
                });
    }

    @Test
    void aDroppedFollowUpLeavesTheOpenListWithoutADoneDate() {
        FollowUp added = followUps.add(open("Send the programme", TODAY));
        followUps.drop(added.id());
        assertThat(followUps.open()).isEmpty();
        assertThat(stored(added.id()))
                .satisfies(f -> assertThat(f.status()).isEqualTo(FollowUpStatus.DROPPED));
    }

    @Test
    void aFollowUpAlreadyClosedCannotBeClosedAgain() {
        FollowUp added = followUps.add(open("Send the programme", TODAY));
        followUps.drop(added.id());
        assertThatThrownBy(() -> followUps.markDone(added.id(), TODAY)).isInstanceOf(IllegalStateException.class);
        assertThat(stored(added.id()))
                .satisfies(f -> assertThat(f.status()).isEqualTo(FollowUpStatus.DROPPED));
    }

    private FollowUp stored(long id) {
        return data.read(s -> s.followUps().find(id)).orElseThrow();
    }

    private static FollowUp open(String text, LocalDate due) {
        return new FollowUp(null, text, Party.US, null, due, null, FollowUpStatus.OPEN, null);
    }
}
