package org.protocoldesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.protocoldesk.app.RunningApp.waitUntil;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.protocoldesk.model.DocumentSummary;
import org.protocoldesk.model.EventSummary;
import org.protocoldesk.model.MeetingSummary;
import org.protocoldesk.model.OrganisationSummary;
import org.protocoldesk.model.TripSummary;

/**
 * What links to a trip, an event, a document and an organisation, in their panes on the demo data: each entry is
 * listed under its kind, and clicking one opens that record in its own section.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WhatLinksHereTest extends EditingRobot {
    private static final String DUSHANBE_TRIP = "Dushanbe: 5th Meeting of the Attorneys/Prosecutors General of the ECO "
            + "Member States";
    private static final String MEETING_WITH_RAHMON = "Meeting with Yusuf Rahmon, Prosecutor General of Tajikistan";
    @TempDir
    static Path dataDir;
    private RunningApp app;

    @BeforeAll
    void startOnTheDemoData() throws TimeoutException {
        app = RunningApp.start(dataDir);
    }

    @AfterAll
    void stop() throws TimeoutException {
        app.close();
    }

    @Test
    void theTripListsItsMeetingsAndTheInvitationItFulfilledAndAMeetingClickedOpensInMeetings()
            throws TimeoutException {
        shortcut(KeyCode.DIGIT4);
        TableView<TripSummary> trips = table("#trips-table");
        select(trips, t -> t.title().equals(DUSHANBE_TRIP), "#trip-pane");
        waitUntil(() -> entries("#trip-links").contains(MEETING_WITH_RAHMON));
        assertThat(entries("#trip-links")).contains(
                "Next (5th) Meeting of the Attorneys/Prosecutors General of the ECO Member States in Tajikistan");

        Hyperlink meeting = lookup("#trip-links .links-entry").queryAllAs(Hyperlink.class).stream()
                .filter(link -> link.getText().equals(MEETING_WITH_RAHMON)).findFirst().orElseThrow();
        interact(meeting::fire); // as a click does; the entry sits below the pane's fold

        waitUntil(() -> lookup("#meetings-table").tryQuery().map(n -> n.isVisible()).orElse(false)
                && selectedMeeting() != null && MEETING_WITH_RAHMON.equals(selectedMeeting().title()));
    }

    @Test
    void theEventAndADocumentConcludedThereListWhatLinksToThem() throws TimeoutException {
        shortcut(KeyCode.DIGIT9);
        TableView<EventSummary> events = table("#events-table");
        select(events, e -> e.event().name().startsWith("5th Meeting of the Attorneys"), "#event-pane");
        waitUntil(() -> entries("#event-links").contains(DUSHANBE_TRIP));
        assertThat(entries("#event-links")).contains(
                "5th Meeting of the Attorneys/Prosecutors General of the ECO Member States");

        shortcut(KeyCode.DIGIT0);
        TableView<DocumentSummary> documents = table("#documents-table");
        waitUntil(() -> !documents.getItems().isEmpty());
        select(documents, d -> d.title().startsWith("Dushanbe Declaration"), "#document-pane");
        waitUntil(() -> entries("#document-links").contains(DUSHANBE_TRIP));
    }

    @Test
    void theOrganisationListsTheMeetingsAttendedByThoseHoldingAPostThere() throws TimeoutException {
        shortcut(KeyCode.DIGIT3);
        TableView<OrganisationSummary> organisations = table("#organisations-table");
        select(organisations, o -> o.organisation().name().equals(
                "Prosecutor General's Office of the Republic of Tajikistan"), "#organisation-pane");
        waitUntil(() -> entries("#organisation-links").contains(MEETING_WITH_RAHMON));
    }

    private <T> void select(TableView<T> table, Predicate<T> which, String pane) throws TimeoutException {
        waitUntil(() -> table.getItems().stream().anyMatch(which));
        interact(() -> table.getItems().stream().filter(which).findFirst()
                .ifPresent(table.getSelectionModel()::select));
        waitUntil(() -> lookup(pane + " .links-view .links-entry").tryQuery().isPresent());
    }

    private List<String> entries(String links) {
        return lookup(links + " .links-entry").queryAll().stream().map(n -> ((Labeled) n).getText()).toList();
    }

    private MeetingSummary selectedMeeting() {
        TableView<MeetingSummary> meetings = table("#meetings-table");
        return meetings.getSelectionModel().getSelectedItem();
    }
}
