package org.protocoldesk.ui.counterparts;

import java.util.Optional;
import org.protocoldesk.model.CounterpartSummary;
import org.protocoldesk.model.Person;
import org.protocoldesk.model.RecordKind;
import org.protocoldesk.service.CounterpartService;
import org.protocoldesk.service.LinkService;
import org.protocoldesk.service.TaskRunner;
import org.protocoldesk.ui.common.Dialogs;
import org.protocoldesk.ui.common.LinksView;
import org.protocoldesk.ui.common.RecordOpener;
import org.protocoldesk.ui.form.EditingListController;

/** Loads the counterparts into their screen and edits the one selected in the pane beside it. */
public final class CounterpartsController extends EditingListController<CounterpartSummary, Person> {
    private final CounterpartService counterparts;

    public CounterpartsController(CounterpartsView view, TaskRunner tasks, Dialogs dialogs,
                                  CounterpartService counterparts, CounterpartForm form, LinkService links,
                                  RecordOpener opener) {
        this(view, tasks, dialogs, counterparts, form, links,
                new CounterpartPane(form, new LinksView("counterpart", tasks, links, opener)));
    }

    private CounterpartsController(CounterpartsView view, TaskRunner tasks, Dialogs dialogs,
                                   CounterpartService counterparts, CounterpartForm form, LinkService links,
                                   CounterpartPane pane) {
        super(view, tasks, dialogs, counterparts::counterparts, form, pane.node(),
                CounterpartSummary::id, Person::id);
        this.counterparts = counterparts;
        tellDependantsThrough(links);
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
        return "Their posts, other spellings, languages and gifts are deleted with them.";
    }

    @Override
    protected RecordKind kind() {
        return RecordKind.COUNTERPART;
    }

    @Override
    protected String firstFieldId() {
        return "counterpart-full-name";
    }
}
