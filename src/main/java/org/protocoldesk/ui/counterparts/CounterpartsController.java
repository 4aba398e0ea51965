package org.protocoldesk.ui.counterparts;

import java.util.Optional;
import org.protocoldesk.model.CounterpartSummary;
import org.protocoldesk.model.Person;
import org.protocoldesk.service.CounterpartService;
import org.protocoldesk.service.TaskRunner;
import org.protocoldesk.ui.common.Dialogs;
import org.protocoldesk.ui.form.EditingListController;

/** Loads the counterparts into their screen and edits the one selected in the pane beside it. */
public final class CounterpartsController extends EditingListController<CounterpartSummary, Person> {
    private final CounterpartService counterparts;

    public CounterpartsController(CounterpartsView view, TaskRunner tasks, Dialogs dialogs,
                                  CounterpartService counterparts, CounterpartForm form) {
        this(view, tasks, dialogs, counterparts, form, new CounterpartPane(form));
    }

    private CounterpartsController(CounterpartsView view, TaskRunner tasks, Dialogs dialogs,
                                   CounterpartService counterparts, CounterpartForm form, CounterpartPane pane) {
        super(view, tasks, dialogs, counterparts::counterparts, form, pane.node(),
                CounterpartSummary::id, Person::id);
        this.counterparts = counterparts;
        view.showEditor(pane.node());
        pane.setOnPhotoFile(file -> tasks.read(() -> PhotoFiles.readScaled(file), form.photo::set,
                failure -> dialogs.failure("The photo could not be used", failure)));
    }

    @Override
    protected Optional<Person> find(long id) {
        return counterparts.find(id);
    }

    @Override
    protected void delete(long id) {
        counterparts.delete(id);
    }

    @Override
    protected String nameOf(Person person) {
        return person.fullName();
    }

    @Override
    protected String deleteConsequences(Person person) {
        return "Their posts, other spellings, languages and gifts are deleted with them. Meetings, delegations, "
                + "invitations and documents that name them stay, without them.";
    }

    @Override
    protected String firstFieldId() {
        return "counterpart-full-name";
    }
}
