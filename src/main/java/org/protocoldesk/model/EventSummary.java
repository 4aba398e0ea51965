package org.protocoldesk.model;

/** An event as lists show it, with the names of its country and host organisation (either may be null). */
public record EventSummary(Event event, String countryName, String hostOrganisationName) {
}
