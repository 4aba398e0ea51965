package org.protocoldesk.ui.common;

/**
 * The words a list screen uses: its title, one and many of what it lists, what the filter looks in, and, for an
 * empty list, what will appear there and how the first record is added.
 */
public record ListTexts(String title, String one, String many, String filterPrompt, String emptyDetail,
                        String howToAdd) {

    public String count(int shown, int total) {
        String noun = total == 1 ? one : many;
        return shown == total ? total + " " + noun : shown + " of " + total + " " + noun;
    }

    public String emptyTitle() {
        return "No " + many + " yet";
    }

    public String noMatchTitle(String filter) {
        return "No " + one + " matches “" + filter.strip() + "”";
    }

    public String loading() {
        return "Loading " + many + "…";
    }

    public String failed() {
        return "Could not load the " + many;
    }
}
