package org.protocoldesk.ui.common;

/**
 * The words a list screen uses: its title, one and many of what it lists, what the filter looks in, and what an
 * empty list means.
 */
public record ListTexts(String title, String one, String many, String filterPrompt, String emptyDetail) {

    public String count(int shown, int total) {
        String noun = total == 1 ? one : many;
        return shown == total ? total + " " + noun : shown + " of " + total + " " + noun;
    }

    public String emptyTitle() {
        return "No " + many + " yet";
    }

    /** How the first record comes: said on every empty list until the screen has its own way to add one. */
    public String howToAdd() {
        return "Adding " + many + " in the window comes in a later version; until then, the demo data (offered on an "
                + "empty database) shows what this screen holds.";
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
