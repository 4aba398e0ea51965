package org.protocoldesk.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.protocoldesk.model.SearchHit;
import org.protocoldesk.service.SearchService;
import org.protocoldesk.store.DataStore;
import org.protocoldesk.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code protocol-desk search TEXT}: the global search, one line per hit ({@code kind<TAB>id<TAB>title}). */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Finds counterparts (names, other spellings, posts), organisations, events, trips, meetings, "
                + "invitations and documents whose words begin with the words given, ignoring case and accents.",
                "Prints one line per hit: kind, id and title, separated by tabs. Exit status 0 with hits, 1 without."})
final class SearchCommand implements Callable<Integer> {
    @ParentCommand
    private ProtocolDeskCommand top;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "TEXT", description = "the words to look for")
    private List<String> words;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "at most N hits (default 50)")
    private int limit;

    @Override
    public Integer call() {
        String text = String.join(" ", words);
        if (text.isBlank() || limit < 1) {
            spec.commandLine().getErr().println("protocol-desk search: "
                    + (limit < 1 ? "--limit must be 1 or more" : "give a word to look for"));
            return ExitCode.BAD_ARGUMENTS;
        }
        List<SearchHit> hits;
        try (Database database = top.dataFolder().openDatabase()) {
            hits = new SearchService(new DataStore(database.configuration())).search(text, limit);
        }
        PrintWriter out = spec.commandLine().getOut();
        for (SearchHit hit : hits) {
            out.println(hit.kind().name().toLowerCase(Locale.ROOT) + '\t' + hit.id() + '\t' + oneLine(hit.title()));
        }
        out.flush();
        return hits.isEmpty() ? ExitCode.NEGATIVE : ExitCode.DONE;
    }

    /** A title on one line, so that each hit stays one line for scripts. */
    private static String oneLine(String title) {
        return title.replaceAll("[\\t\\r\\n]+", " ").strip();
    }
}
