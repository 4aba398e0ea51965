package org.protocoldesk.model;

/**
 * A counterpart as the registry lists it: the current post (or, if none is current, the latest) with the name of its
 * organisation, and the name of the person's country. Any of the last four may be null.
 */
public record CounterpartSummary(long id, String fullName, String honorific, String postTitle, String organisationName,
                                 String countryName) {
}
