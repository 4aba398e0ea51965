package org.protocoldesk.ui.organisations;

import atlantafx.base.theme.Styles;
import java.util.function.LongConsumer;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import org.protocoldesk.model.Country;
import org.protocoldesk.model.Organisation;
import org.protocoldesk.model.PostHolding;
import org.protocoldesk.model.RecordKind;
import org.protocoldesk.ui.common.ApproximateDates;
import org.protocoldesk.ui.common.EnumLabels;
import org.protocoldesk.ui.common.LinksView;
import org.protocoldesk.ui.form.FormBuilder;
import org.protocoldesk.ui.form.RecordPane;

/**
 * The organisation beside the list, edited in place, with the people who held posts there (current and past, who
 * held which post when); Enter or a double click on one opens their profile; then what else links to it. Ids start
 * {@code organisation-}.
 */
public final class OrganisationPane {
    private static final String ID = "organisation";
    private final RecordPane pane;
    private final ListView<PostHolding> holders = new ListView<>();

    public OrganisationPane(OrganisationForm form, LinksView links, LongConsumer openPerson) {
        FormBuilder b = new FormBuilder(ID);
        b.text(form.name).setPromptText("e.g. Prosecutor General's Office of the Republic of Azerbaijan");
        b.text(form.shortName);
        b.choice(form.kind, form.kinds(), EnumLabels::of);
        b.picker(form.country, form.countries().all(), Country::name).setPromptText("None: an international body");
        b.area(form.notes, 3);
        b.section("Posts here");
        holders.setId(ID + "-post-holders");
        holders.setItems(form.postHolders());
        holders.getStyleClass().add(Styles.DENSE);
        holders.setPrefHeight(160);
        holders.setPlaceholder(new Label("Nobody is recorded with a post here."));
        holders.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(PostHolding item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : describe(item));
            }
        });
        holders.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                open(openPerson);
            }
        });
        holders.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                open(openPerson);
            }
        });
        b.row("post-holders-row", "People", new VBox(holders));
        b.section("What links here");
        b.row("links", "Linked", links.following(RecordKind.ORGANISATION, form.recordProperty(), Organisation::id));
        pane = new RecordPane(ID, form, form.title(), b.build());
    }

    private void open(LongConsumer openPerson) {
        PostHolding chosen = holders.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            openPerson.accept(chosen.personId());
        }
    }

    /** "Khusrav Noziri — Secretary General, since Aug 2024". */
    static String describe(PostHolding holding) {
        String term = ApproximateDates.term(holding.post());
        return holding.fullName() + " — " + holding.title() + (term.isEmpty() ? "" : ", " + term);
    }

    public RecordPane node() {
        return pane;
    }
}
