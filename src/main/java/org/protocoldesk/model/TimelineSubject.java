package org.protocoldesk.model;

/** Whose relationship a timeline tells: a counterpart, an organisation or a country. */
public sealed interface TimelineSubject {

    record OfCounterpart(long personId) implements TimelineSubject {
    }

    record OfOrganisation(long organisationId) implements TimelineSubject {
    }

    /** A country: meetings held there, or with a counterpart or an organisation of that country. */
    record OfCountry(String countryCode) implements TimelineSubject {
        public OfCountry {
            Require.nonBlank(countryCode, "countryCode");
        }
    }
}
