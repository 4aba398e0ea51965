package org.protocoldesk.model;

import static org.protocoldesk.model.Require.nonBlank;
import static org.protocoldesk.model.Require.present;

/** An organisation; {@code countryCode} is null for international bodies. {@code id} is null until stored. */
public record Organisation(Long id, String name, String shortName, OrganisationKind kind, String countryCode, String notes) {
    public Organisation {
        nonBlank(name, "organisation name");
        present(kind, "organisation kind");
    }

    public Organisation withId(long newId) {
        return new Organisation(newId, name, shortName, kind, countryCode, notes);
    }
}
