package org.protocoldesk.model;

/** An organisation as the registry lists it. */
public record OrganisationSummary(Organisation organisation, String countryName) {
}
