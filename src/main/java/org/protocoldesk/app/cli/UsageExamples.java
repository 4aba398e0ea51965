package org.protocoldesk.app.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The "Examples:" section of {@code --help}: starting the window, then one example per sub-command, in the order
 * of the command list above it. A sub-command gives its example as the footer of its own help under the heading
 * {@value #HEADING} ({@code @Command(footerHeading = UsageExamples.HEADING, footer = "  protocol-desk ...")});
 * one that gives none is shown by its required arguments.
 */
final class UsageExamples implements CommandLine.IHelpSectionRenderer {
    static final String HEADING = "%nExample:%n";
    private static final String KEY = "examples";
    private static final List<String> WINDOW = List.of(
            "  protocol-desk                      open the window on the usual data folder",
            "  protocol-desk --data-dir ~/pd --no-demo   open it on another folder, without the demo data");

    private UsageExamples() {
    }

    /** Puts the section into the help of {@code commandLine}, before its footer. */
    static void addTo(CommandLine commandLine) {
        commandLine.getHelpSectionMap().put(KEY, new UsageExamples());
        List<String> keys = new ArrayList<>(commandLine.getHelpSectionKeys());
        keys.add(keys.indexOf(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER_HEADING), KEY);
        commandLine.setHelpSectionKeys(keys);
    }

    @Override
    public String render(Help help) {
        List<String> lines = new ArrayList<>(WINDOW);
        help.subcommands().values().forEach(sub -> lines.addAll(example(sub.commandSpec())));
        return String.format("%nExamples:%n") + String.join(System.lineSeparator(), lines) + System.lineSeparator();
    }

    private static List<String> example(CommandSpec command) {
        if (HEADING.equals(command.usageMessage().footerHeading()) && command.usageMessage().footer().length > 0) {
            return Arrays.asList(command.usageMessage().footer());
        }
        Stream<String> options = command.options().stream().filter(OptionSpec::required)
                .map(option -> option.longestName() + " " + option.paramLabel());
        Stream<String> parameters = command.positionalParameters().stream().filter(PositionalParamSpec::required)
                .map(PositionalParamSpec::paramLabel);
        return List.of(Stream.concat(Stream.of("  " + command.qualifiedName(" ")), Stream.concat(options, parameters))
                .collect(Collectors.joining(" ")));
    }
}
