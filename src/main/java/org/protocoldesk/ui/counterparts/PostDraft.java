package org.protocoldesk.ui.counterparts;

import static org.protocoldesk.ui.form.Fields.textOrNull;

import java.time.LocalDate;
import java.util.Optional;
import org.protocoldesk.model.ApproximateDate;
import org.protocoldesk.model.Organisation;
import org.protocoldesk.model.Post;
import org.protocoldesk.ui.form.Checks;
import org.protocoldesk.ui.form.ChildList;
import org.protocoldesk.ui.form.Fields;
import org.protocoldesk.ui.form.FormField;

/**
 * The row under a person's posts where a post is written before it is added, or where the end of the selected one
 * is typed. Its fields are checked on their own: an unfinished post never blocks saving the person.
 */
final class PostDraft {
    final Fields fields = new Fields();
    final FormField<Organisation> organisation = fields.choice("post-organisation", "Organisation");
    final FormField<String> title = fields.text("post-title", "Post").check(Checks::required).check(Checks::line);
    final FormField<String> from = fields.text("post-from", "From").check(Checks::approximateDate);
    final FormField<String> to = fields.text("post-to", "To").check(Checks::approximateDate);
    private final ChildList<Post> posts;

    PostDraft(ChildList<Post> posts) {
        this.posts = posts;
        to.check(() -> Checks.endNotBefore(from.valueProperty(), to.get()), from.valueProperty());
    }

    /** Adds the post written, if it is complete; otherwise shows what is missing. True when added. */
    boolean add() {
        if (!fields.revealAll()) {
            return false;
        }
        Optional<ApproximateDate> start = Checks.parseApproximate(from.get());
        Optional<ApproximateDate> end = Checks.parseApproximate(to.get());
        posts.add(new Post(null, organisation.get() == null ? null : organisation.get().id(), textOrNull(title),
                start.map(ApproximateDate::date).orElse(null), start.map(ApproximateDate::precision).orElse(null),
                end.map(ApproximateDate::date).orElse(null), end.map(ApproximateDate::precision).orElse(null), null));
        clear();
        return true;
    }

    void clear() {
        fields.load(organisation, null);
        fields.load(title, "");
        fields.load(from, "");
        fields.load(to, "");
    }

    /** Ends the post at {@code index} on the day typed in To. True when ended. */
    boolean end(int index) {
        if (index < 0 || index >= posts.items().size()) {
            return false;
        }
        Post post = posts.items().get(index);
        Optional<LocalDate> end = Checks.parse(to.get());
        if (end.isEmpty()) {
            to.rejectWith(to.get().isBlank() ? "Type the day the post ended." : Checks.date(to.get()));
            return false;
        }
        if (post.from() != null && end.get().isBefore(post.from())) {
            to.rejectWith("Ends before the post starts (" + Checks.format(post.from()) + ").");
            return false;
        }
        posts.replace(index, post.endedOn(end.get()));
        fields.load(to, "");
        return true;
    }
}
