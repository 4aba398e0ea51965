package org.protocoldesk.ui.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protocoldesk.model.DocumentKind;
import org.protocoldesk.model.DocumentStatus;
import org.protocoldesk.model.DocumentTerms;
import org.protocoldesk.model.FollowUpEntry;
import org.protocoldesk.model.InvitationDirection;
import org.protocoldesk.model.InvitationOccasion;
import org.protocoldesk.model.InvitationTerms;
import org.protocoldesk.model.MeetingEntry;
import org.protocoldesk.model.MeetingFilter;
import org.protocoldesk.model.MeetingKind;
import org.protocoldesk.model.MeetingSummary;
import org.protocoldesk.model.OutcomeEntry;
import org.protocoldesk.model.OutcomeKind;
import org.protocoldesk.model.Page;
import org.protocoldesk.model.Party;
import org.protocoldesk.model.PersonChoice;
import org.protocoldesk.service.DemoDataService;
import org.protocoldesk.service.ExecutorTaskRunner;
import org.protocoldesk.service.MeetingLogService;
import org.protocoldesk.service.MeetingService;
import org.protocoldesk.store.DataStore;
import org.protocoldesk.store.Database;
import org.protocoldesk.ui.common.LoadState;
import org.protocoldesk.ui.common.ScriptedDialogs;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The Meetings screen on the demo data and one meeting logged with an invitation, a document and a follow-up. */
class MeetingsScreenTest extends FxRobot {
    private static final LocalDate MAY_16 = LocalDate.of(2024, 5, 16);

    @TempDir
    Path dir;

    private Database database;
    private ExecutorTaskRunner tasks;
    private MeetingsView view;
    private MeetingService meetings;
    private long logged;
    private long rahmon;
    private final List<String> opened = new CopyOnWriteArrayList<>();
    private final List<Long> edited = new CopyOnWriteArrayList<>();

    @BeforeEach
    void show() throws TimeoutException {
        database = Database.open(dir);
        DataStore data = new DataStore(database.configuration());
        new DemoDataService(data).load();
        MeetingLogService log = new MeetingLogService(data, ZoneId.of("UTC"));
        rahmon = person(log, "Yusuf Rahmon");
        long aliyev = person(log, "Kamran Aliyev");
        logged = log.save(new MeetingEntry(null, MeetingKind.SIDELINE, MAY_16, LocalTime.of(18, 45),
                ZoneId.of("Asia/Dushanbe"), "Kokhi Navruz", "Dushanbe", "TJ", null, null, List.of(rahmon),
                List.of(aliyev), List.of("Judicial training"), "A training programme was agreed.",
                List.of(new OutcomeEntry(null, OutcomeKind.INVITATION, "Official visit to Azerbaijan",
                                new InvitationTerms(null, InvitationDirection.OUTGOING,
                                        InvitationOccasion.OFFICIAL_VISIT, null, aliyev, null, rahmon, null, null,
                                        null, null), null),
                        new OutcomeEntry(null, OutcomeKind.DOCUMENT_SIGNED, "Memorandum signed", null,
                                new DocumentTerms(null, "Memorandum on judicial training", DocumentKind.MEMORANDUM,
                                        DocumentStatus.SIGNED, MAY_16, null))),
                List.of(new FollowUpEntry(null, "Send the draft programme", Party.US, aliyev, MAY_16.plusDays(14)))),
                null);
        meetings = new MeetingService(data);
        tasks = new ExecutorTaskRunner(Platform::runLater, count -> { });
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupSceneRoot(() -> {
            view = new MeetingsView();
            MeetingsController controller = new MeetingsController(view, tasks, meetings, new ScriptedDialogs(),
                    (section, id) -> opened.add(section + ":" + id));
            controller.setEditor(edited::add);
            controller.refresh();
            return view;
        });
        FxToolkit.setupStage(s -> {
            s.setWidth(1260);
            s.setHeight(780);
            s.show();
        });
        waitUntil(() -> view.rows().stateProperty().get() == LoadState.LOADED);
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
        tasks.close();
        database.close();
    }

    @Test
    void aCounterpartChosenInTheFilterListsOnlyTheMeetingsWithThem() throws TimeoutException {
        List<Long> theirs = meetings.latest(new MeetingFilter(null, null, null, rahmon, null, null), Page.ALL)
                .stream().map(MeetingSummary::id).toList();
        assertThat(theirs).contains(logged).hasSizeLessThan(table().getItems().size());

        choose("#meetings-counterpart-filter", "Yusuf Rahmon");

        waitUntil(() -> shownIds().equals(theirs));
        assertThat(table().getItems()).allSatisfy(m -> assertThat(((MeetingSummary) m).counterparts())
                .contains("Yusuf Rahmon"));
    }

    @Test
    void aDateRangeTypedListsOnlyTheMeetingsOfThoseDaysAndClearBringsTheRestBack() throws TimeoutException {
        int all = table().getItems().size();

        clickOn("#meetings-from-filter").write("16 May 2024");
        clickOn("#meetings-to-filter").write("16 May 2024");

        waitUntil(() -> !table().getItems().isEmpty() && table().getItems().stream()
                .allMatch(m -> ((MeetingSummary) m).date().equals(MAY_16)) && shownIds().contains(logged));
        clickOn("#meetings-clear-filters");
        waitUntil(() -> table().getItems().size() == all);
    }

    @Test
    void aDateThatCannotBeReadIsMarkedAndDoesNotFilter() throws TimeoutException {
        int all = table().getItems().size();

        clickOn("#meetings-from-filter").write("16 Mai");

        assertThat(lookup("#meetings-from-filter").query().getPseudoClassStates())
                .anyMatch(p -> p.getPseudoClassName().equals("danger"));
        assertThat(view.filters().filter()).isEqualTo(MeetingFilter.NONE);
        assertThat(table().getItems()).hasSize(all);
    }

    @Test
    void theSelectedMeetingsPaneShowsWhoMetWithTheirPostAndWhatEachOutcomeCreated() throws TimeoutException {
        select(logged);

        waitUntil(() -> lookup("#meeting-title").queryAs(Labeled.class).getText().equals("Yusuf Rahmon"));
        assertThat(text("#meeting-when")).isEqualTo("Thursday 16 May 2024, 18:45 (Asia/Dushanbe) · Sideline");
        assertThat(texts("#meeting-counterparts")).contains("Yusuf Rahmon",
                "Prosecutor General of the Republic of Tajikistan, Prosecutor General's Office of the Republic of Tajikistan");
        assertThat(text("#meeting-outcome-1-invitation")).isEqualTo("Invitation: Official visit, outgoing (pending)");
        assertThat(text("#meeting-outcome-2-document"))
                .isEqualTo("Memorandum: Memorandum on judicial training (signed, in force from 16 May 2024)");
        assertThat(texts("#meeting-follow-up-1")).contains("Send the draft programme", "Open");

        clickOn("#meeting-outcome-1-invitation");
        clickOn("#meeting-outcome-2-document");
        assertThat(opened).hasSize(2).first().asString().startsWith("INVITATIONS:");
        assertThat(opened.get(1)).startsWith("DOCUMENTS:");
    }

    @Test
    void anInvitationRecordedApartFromTheOutcomesIsShownAsAlsoFromTheMeeting() throws TimeoutException {
        long movahedi = table().getItems().stream().map(m -> (MeetingSummary) m)
                .filter(m -> "Meeting with Mohammad Movahedi-Azad, Prosecutor General of Iran".equals(m.title()))
                .findFirst().orElseThrow().id();

        select(movahedi);

        waitUntil(() -> lookup("#meeting-also").tryQuery().isPresent());
        assertThat(texts("#meeting-also")).containsExactly("Invitation: Official visit, outgoing (pending)");
    }

    @Test
    void enterOnTheListAndEditInThePaneOpenTheSelectedMeetingToEdit() throws TimeoutException {
        select(logged);
        waitUntil(() -> lookup("#meeting-edit").query().isVisible());

        interact(() -> table().requestFocus());
        push(KeyCode.ENTER);
        clickOn("#meeting-edit");

        assertThat(edited).containsExactly(logged, logged);
    }

    private void select(long id) throws TimeoutException {
        interact(() -> table().getItems().stream().filter(m -> ((MeetingSummary) m).id() == id).findFirst()
                .ifPresent(m -> table().getSelectionModel().select(m)));
        waitUntil(() -> table().getSelectionModel().getSelectedItem() != null);
    }

    @SuppressWarnings("unchecked")
    private void choose(String query, String name) {
        ComboBox<PersonChoice> box = lookup(query).queryAs(ComboBox.class);
        interact(() -> box.getItems().stream().filter(p -> p.fullName().equals(name)).findFirst()
                .ifPresent(box::setValue));
    }

    private List<Long> shownIds() {
        return table().getItems().stream().map(m -> ((MeetingSummary) m).id()).toList();
    }

    private String text(String query) {
        return lookup(query).queryAs(Labeled.class).getText();
    }

    /** The texts of every label and link under the node, in order. */
    private List<String> texts(String query) {
        List<String> found = new java.util.ArrayList<>();
        collect(lookup(query).query(), found);
        return found;
    }

    private static void collect(Node node, List<String> found) {
        if (node instanceof Labeled labeled) {
            found.add(labeled.getText());
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, found));
        }
    }

    @SuppressWarnings("unchecked")
    private TableView<Object> table() {
        return lookup("#meetings-table").queryAs(TableView.class);
    }

    private static long person(MeetingLogService log, String name) {
        return log.people().stream().filter(p -> p.fullName().equals(name)).findFirst().orElseThrow().id();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }
}
