package org.protocoldesk.ui.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.protocoldesk.model.DeleteEffect;
import org.protocoldesk.model.RecordKind;
import org.protocoldesk.model.RecordLink;

/**
 * What a delete confirmation says about the records that link to the one deleted: one line per kind of dependant
 * and what happens to it ("2 meetings stay, without this attendee: …", "1 invitation keeps the name “…”").
 */
public final class DeleteConsequences {
    /** Titles named per line; the rest are counted. */
    static final int TITLES_NAMED = 3;

    private DeleteConsequences() {
    }

    /**
     * The text under "Delete X?": what goes with the record ({@code ownParts}, may be empty), then each kind of
     * record that links to it with what happens to it ({@code dependants} null: not known, nothing is said).
     */
    public static String describe(RecordKind deleted, String name, String ownParts, List<RecordLink> dependants) {
        List<String> paragraphs = new ArrayList<>();
        if (ownParts != null && !ownParts.isBlank()) {
            paragraphs.add(ownParts);
        }
        if (dependants == null) {
            return String.join("\n\n", paragraphs);
        } else if (dependants.isEmpty()) {
            paragraphs.add("Nothing else in the registry links to " + name + ".");
        } else {
            paragraphs.add("What links to " + name + ":\n" + lines(deleted, name, dependants).stream()
                    .map(line -> "• " + line).collect(Collectors.joining("\n")));
        }
        return String.join("\n\n", paragraphs);
    }

    /** One line per kind and effect, in the order the links come (by kind). */
    static List<String> lines(RecordKind deleted, String name, List<RecordLink> dependants) {
        Map<String, List<RecordLink>> groups = dependants.stream().collect(Collectors.groupingBy(
                link -> link.kind() + "/" + link.onDelete(), LinkedHashMap::new, Collectors.toList()));
        return groups.values().stream().map(group -> line(deleted, name, group)).toList();
    }

    private static String line(RecordKind deleted, String name, List<RecordLink> group) {
        RecordKind kind = group.get(0).kind();
        int n = group.size();
        String what = RecordKinds.count(kind, n) + " " + fate(deleted, kind, group.get(0).onDelete(), name, n == 1);
        return what + ": " + titles(group);
    }

    private static String fate(RecordKind deleted, RecordKind dependant, DeleteEffect effect, String name,
                               boolean one) {
        String stay = one ? "stays" : "stay";
        return switch (effect) {
            case KEEPS_NAME -> (one ? "keeps" : "keep") + " the name “" + name + "”";
            case LINK_REMOVED -> stay + ", without this " + role(deleted, dependant);
            case UNLINKED -> unlinked(deleted, dependant, one);
            case UNCHANGED -> stay + " as " + (one ? "it is" : "they are");
        };
    }

    /** What the deleted record was to a record that loses the link to it. */
    private static String role(RecordKind deleted, RecordKind dependant) {
        if (deleted == RecordKind.COUNTERPART && dependant == RecordKind.MEETING) {
            return "attendee";
        } else if (deleted == RecordKind.COUNTERPART && dependant == RecordKind.TRIP) {
            return "member of the delegation";
        } else if (deleted == RecordKind.ORGANISATION && dependant == RecordKind.DOCUMENT) {
            return "party";
        } else if (deleted == RecordKind.EVENT && dependant == RecordKind.TRIP) {
            return "event in the programme";
        }
        return noun(deleted);
    }

    private static String unlinked(RecordKind deleted, RecordKind dependant, boolean one) {
        if (deleted == RecordKind.ORGANISATION && dependant == RecordKind.COUNTERPART) {
            return (one ? "keeps a post" : "keep their posts") + " held here, without the organisation";
        } else if (deleted == RecordKind.ORGANISATION && dependant == RecordKind.EVENT) {
            return (one ? "stays" : "stay") + ", without its host";
        } else if (deleted == RecordKind.COUNTERPART && dependant == RecordKind.FOLLOW_UP) {
            return (one ? "stays" : "stay") + ", without its owner";
        }
        return (one ? "stays" : "stay") + ", without this " + noun(deleted);
    }

    private static String noun(RecordKind kind) {
        return kind == RecordKind.COUNTERPART ? "person" : EnumLabels.of(kind).toLowerCase(Locale.ROOT);
    }

    private static String titles(List<RecordLink> group) {
        String named = group.stream().limit(TITLES_NAMED)
                .map(link -> link.title() == null || link.title().isBlank() ? "(untitled)" : link.title())
                .collect(Collectors.joining("; "));
        return group.size() > TITLES_NAMED ? named + " and " + (group.size() - TITLES_NAMED) + " more" : named;
    }
}
