package org.protocoldesk.model;

import static org.protocoldesk.model.Require.nonBlank;
import static org.protocoldesk.model.Require.present;

import java.time.LocalDate;

public record Gift(GiftDirection direction, String description, LocalDate givenOn, String occasion) {
    public Gift {
        present(direction, "gift direction");
        nonBlank(description, "gift description");
    }
}
