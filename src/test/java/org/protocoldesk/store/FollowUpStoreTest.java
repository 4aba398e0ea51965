package org.protocoldesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protocoldesk.model.FollowUp;
import org.protocoldesk.model.FollowUpStatus;
import org.protocoldesk.model.FollowUpSummary;
import org.protocoldesk.model.Meeting;
import org.protocoldesk.model.MeetingKind;
import org.protocoldesk.model.Page;
import org.protocoldesk.model.Party;
import org.protocoldesk.model.Side;

class FollowUpStoreTest extends StoreTestSupport {
    private static final LocalDate TODAY = LocalDate.of(2024, 6, 10);

    private long hajiyev;
    private long meetingId;

    @BeforeEach
    void referencedRows() {
        data.writeAll(s -> {
            hajiyev = ReferencedRows.person(s, Side.OURS, "Isfandiyar Hajiyev");
            meetingId = s.meetings().insert(new Meeting(null, MeetingKind.BILATERAL, "Meeting with Harj Dersi",
                    LocalDate.of(2023, 9, 27), null, null, ZoneId.of("Europe/London"), null, "London", null, null,
                    null, null, List.of(), List.of(), List.of())).id();
        });
    }

    @Test
    void everyFieldSurvivesARoundTrip() {
        FollowUp written = new FollowUp(null, "Send the list of persons on the international wanted list — «urgent»",
                Party.US, hajiyev, LocalDate.of(2023, 10, 15), LocalDate.of(2023, 10, 12), FollowUpStatus.DONE,
                meetingId);
        FollowUp stored = data.write(s -> s.followUps().insert(written));
        assertThat(stored.id()).isNotNull();
        assertThat(data.read((Stores s) -> s.followUps().find(stored.id()))).contains(stored);
    }

    @Test
    void aFollowUpWithNoOwnerDueDateOrMeetingSurvivesARoundTrip() {
        FollowUp stored = data.write(s -> s.followUps().insert(
                new FollowUp(null, "Reply on the Conference of World Prosecutors", Party.THEM, null, null, null,
                        FollowUpStatus.OPEN, null)));
        assertThat(data.read((Stores s) -> s.followUps().find(stored.id()))).contains(stored);
    }

    @Test
    void anUpdateChangesTheStoredFollowUp() {
        FollowUp stored = data.write(s -> s.followUps().insert(open("Prepare the draft", TODAY)));
        FollowUp done = new FollowUp(stored.id(), "Prepare the draft memorandum", Party.US, hajiyev, TODAY,
                TODAY.minusDays(1), FollowUpStatus.DONE, meetingId);
        data.writeAll(s -> s.followUps().update(done));
        assertThat(data.read((Stores s) -> s.followUps().find(stored.id()))).contains(done);
    }

    @Test
    void openListsOnlyOpenFollowUpsSoonestDueFirstAndUndatedLast() {
        data.writeAll(s -> {
            s.followUps().insert(open("Later", TODAY.plusDays(20)));
            s.followUps().insert(open("Undated", null));
            s.followUps().insert(open("Sooner", TODAY.plusDays(1)));
            s.followUps().insert(new FollowUp(null, "Done", Party.US, null, TODAY, TODAY, FollowUpStatus.DONE, null));
            s.followUps().insert(new FollowUp(null, "Dropped", Party.US, null, TODAY, null, FollowUpStatus.DROPPED,
                    null));
        });
        assertThat(data.read((Stores s) -> s.followUps().open())).extracting(f -> f.followUp().text())
                .containsExactly("Sooner", "Later", "Undated");
    }

    @Test
    void aSummaryNamesTheOwnerAndTheMeetingTheFollowUpCameFrom() {
        FollowUp stored = data.write(s -> s.followUps().insert(new FollowUp(null, "Agree joint actions", Party.US,
                hajiyev, TODAY, null, FollowUpStatus.OPEN, meetingId)));
        assertThat(data.read((Stores s) -> s.followUps().open())).containsExactly(new FollowUpSummary(stored,
                "Isfandiyar Hajiyev", "Meeting with Harj Dersi", LocalDate.of(2023, 9, 27)));
    }

    @Test
    void openDueByIncludesFollowUpsDueThatDayAndOverdueOnes() {
        data.writeAll(s -> {
            s.followUps().insert(open("Due today", TODAY));
            s.followUps().insert(open("Overdue", TODAY.minusDays(30)));
        });
        assertThat(data.read((Stores s) -> s.followUps().openDueBy(TODAY))).extracting(f -> f.followUp().text())
                .containsExactly("Overdue", "Due today");
    }

    @Test
    void openDueByLeavesOutLaterUndatedAndClosedFollowUps() {
        data.writeAll(s -> {
            s.followUps().insert(open("Due tomorrow", TODAY.plusDays(1)));
            s.followUps().insert(open("Undated", null));
            s.followUps().insert(new FollowUp(null, "Done", Party.US, null, TODAY.minusDays(1), TODAY,
                    FollowUpStatus.DONE, null));
            s.followUps().insert(new FollowUp(null, "Dropped", Party.THEM, null, TODAY.minusDays(1), null,
                    FollowUpStatus.DROPPED, null));
        });
        assertThat(data.read((Stores s) -> s.followUps().openDueBy(TODAY))).isEmpty();
    }

    @Test
    void anUnknownOwnerIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> data.write(s -> s.followUps().insert(new FollowUp(null, "Call back", Party.US, 999L,
                null, null, FollowUpStatus.OPEN, null))))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("FOREIGN KEY");
        assertThat(count("follow_up")).isZero();
    }

    @Test
    void theDatabaseRefusesADoneFollowUpWithoutADoneDate() {
        assertThatThrownBy(() -> data.writeAll(s -> s.dsl().execute(
                "INSERT INTO follow_up (text, owed_by, status) VALUES ('Call back', 'us', 'done')")))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("CHECK");
        assertThat(count("follow_up")).isZero();
    }

    @Test
    void theDatabaseRefusesAStatusOutsideTheList() {
        assertThatThrownBy(() -> data.writeAll(s -> s.dsl().execute(
                "INSERT INTO follow_up (text, owed_by, status) VALUES ('Call back', 'us', 'postponed')")))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("CHECK");
        assertThat(count("follow_up")).isZero();
    }

    @Test
    void theFollowUpsScreenListsOneStatusOrAllOpenOnesSoonestDueFirst() {
        long later = data.write(s -> s.followUps().insert(new FollowUp(null, "Later", Party.US, null, TODAY.plusDays(9),
                null, FollowUpStatus.OPEN, meetingId))).id();
        long sooner = data.write(s -> s.followUps().insert(open("Sooner", TODAY.minusDays(3)))).id();
        long done = data.write(s -> s.followUps().insert(open("Done", TODAY).doneOn(TODAY))).id();
        long dropped = data.write(s -> s.followUps().insert(open("Dropped", TODAY.plusDays(1)).dropped())).id();

        assertThat(data.read((Stores s) -> s.followUps().inStatus(FollowUpStatus.OPEN, Page.ALL)))
                .extracting(f -> f.followUp().id()).containsExactly(sooner, later);
        assertThat(data.read((Stores s) -> s.followUps().inStatus(FollowUpStatus.DONE, Page.ALL)))
                .extracting(f -> f.followUp().id()).containsExactly(done);
        assertThat(data.read((Stores s) -> s.followUps().inStatus(null, Page.ALL)))
                .extracting(f -> f.followUp().id()).containsExactlyInAnyOrder(sooner, later, done, dropped);
        assertThat(data.read((Stores s) -> s.followUps().inStatus(FollowUpStatus.OPEN, Page.first(1))))
                .extracting(f -> f.followUp().id()).containsExactly(sooner);
        assertThat(data.read((Stores s) -> s.followUps().summary(later))).get()
                .satisfies(f -> assertThat(f.meetingTitle()).isEqualTo("Meeting with Harj Dersi"));
    }

    private static FollowUp open(String text, LocalDate due) {
        return new FollowUp(null, text, Party.US, null, due, null, FollowUpStatus.OPEN, null);
    }
}
