package org.protocoldesk.model;

/** A party to a document: an organisation, a country, or a name where neither is on record. */
public record DocumentParty(Long organisationId, String countryCode, String name) {
    public DocumentParty {
        if (organisationId == null && countryCode == null && (name == null || name.isBlank())) {
            throw new InvalidRecordException("party", "needs an organisation, a country or a name");
        }
    }
}
