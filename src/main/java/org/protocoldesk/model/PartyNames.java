package org.protocoldesk.model;

/**
 * The names of one side of an invitation as the registry knows them: the person's, the organisation's (either may
 * be null), and the name kept for a side that is not (or no longer) in the registry. Screens word them.
 */
public record PartyNames(String person, String organisation, String kept) {
}
