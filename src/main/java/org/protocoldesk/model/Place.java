package org.protocoldesk.model;

import static org.protocoldesk.model.Require.nonBlank;

/** A city with its country's name (null when the country is not recorded), as lists show where a trip goes. */
public record Place(String city, String countryName) {
    public Place {
        nonBlank(city, "city");
    }
}
