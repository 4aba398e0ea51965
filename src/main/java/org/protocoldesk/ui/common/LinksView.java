package org.protocoldesk.ui.common;

import atlantafx.base.theme.Styles;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.protocoldesk.model.RecordKind;
import org.protocoldesk.model.RecordLink;
import org.protocoldesk.service.LinkService;
import org.protocoldesk.service.TaskRunner;

/**
 * "What links here" for the record a pane shows: the meetings, invitations, open follow-ups, documents (and trips,
 * events, people) that name it, grouped by kind, newest first, each a link that opens that record. Read off the FX
 * thread whenever the pane {@link #show shows} another record; a reply for a record no longer shown is dropped.
 */
public final class LinksView extends VBox {
    /** Past this many in a kind, the rest are counted: a person met every month for years stays readable. */
    static final int SHOWN_PER_KIND = 8;

    private final TaskRunner tasks;
    private final LinkService links;
    private final RecordOpener opener;
    private final Set<RecordKind> hidden = EnumSet.noneOf(RecordKind.class);
    private final Label state = new Label();
    private long asked;

    /**
     * @param id     the pane's record kind in ids, e.g. {@code counterpart}: the view is {@code #counterpart-links}
     * @param hidden kinds the pane already lists in its own way (the people with posts in an organisation)
     */
    public LinksView(String id, TaskRunner tasks, LinkService links, RecordOpener opener, RecordKind... hidden) {
        this.tasks = tasks;
        this.links = links;
        this.opener = opener;
        this.hidden.addAll(List.of(hidden));
        setId(id + "-links");
        getStyleClass().add("links-view");
        state.getStyleClass().add(Styles.TEXT_MUTED);
        state.setWrapText(true);
        getChildren().setAll(state);
    }

    /**
     * Shows what links to the record {@code shown} holds, now and whenever the pane shows another: the pane's row
     * reads {@code b.row("links", "Linked", links.following(kind, form.recordProperty(), Trip::id))}.
     */
    public <R> LinksView following(RecordKind kind, ObservableValue<R> shown, Function<R, Long> idOf) {
        shown.addListener((p, was, now) -> show(kind, now == null ? null : idOf.apply(now)));
        show(kind, shown.getValue() == null ? null : idOf.apply(shown.getValue()));
        return this;
    }

    /** Shows what links to record {@code id} of {@code kind}; nothing for a new record (null id). */
    public void show(RecordKind kind, Long id) {
        long request = ++asked;
        if (id == null) {
            say("Nothing links to a record before it is saved.");
            return;
        }
        say("Reading…");
        tasks.read(() -> links.linksTo(kind, id), found -> {
            if (request == asked) {
                fill(found);
            }
        }, failure -> {
            if (request == asked) {
                say("What links here could not be read: " + Problems.describe(failure));
            }
        });
    }

    private void say(String text) {
        state.setText(text);
        getChildren().setAll(state);
    }

    private void fill(List<RecordLink> found) {
        Map<RecordKind, List<RecordLink>> byKind = found.stream().filter(link -> !hidden.contains(link.kind()))
                .collect(Collectors.groupingBy(RecordLink::kind, TreeMap::new, Collectors.toList()));
        if (byKind.isEmpty()) {
            say("Nothing links here yet.");
            return;
        }
        getChildren().clear();
        byKind.forEach((kind, ofKind) -> {
            Label heading = new Label(RecordKinds.heading(kind) + " (" + ofKind.size() + ")",
                    new FontIcon(RecordKinds.icon(kind)));
            heading.getStyleClass().add("links-heading");
            getChildren().add(heading);
            ofKind.stream().limit(SHOWN_PER_KIND).forEach(link -> getChildren().add(entry(link)));
            if (ofKind.size() > SHOWN_PER_KIND) {
                Label more = new Label("and " + (ofKind.size() - SHOWN_PER_KIND) + " more");
                more.getStyleClass().addAll("links-more", Styles.TEXT_MUTED);
                getChildren().add(more);
            }
        });
    }

    private HBox entry(RecordLink link) {
        Hyperlink title = new Hyperlink(link.title() == null || link.title().isBlank() ? "(untitled)" : link.title());
        title.getStyleClass().add("links-entry");
        title.setOnAction(event -> opener.open(link.kind(), link.id()));
        Label date = new Label(ApproximateDates.of(link.date()));
        date.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        date.setMinWidth(Label.USE_PREF_SIZE);
        HBox row = new HBox(6, title, date);
        row.setAlignment(Pos.BASELINE_LEFT);
        return row;
    }
}
