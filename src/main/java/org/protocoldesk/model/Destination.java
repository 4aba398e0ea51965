package org.protocoldesk.model;

import static org.protocoldesk.model.Require.nonBlank;

public record Destination(String city, String countryCode) {
    public Destination {
        nonBlank(city, "destination city");
    }
}
