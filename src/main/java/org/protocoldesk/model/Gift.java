package org.protocoldesk.model;

import static org.protocoldesk.model.Require.nonBlank;
import static org.protocoldesk.model.Require.present;

import java.time.LocalDate;

/** A gift given to or received from a person; {@code id} is null until stored. */
public record Gift(Long id, GiftDirection direction, String description, LocalDate givenOn, String occasion) {
    public Gift {
        present(direction, "gift direction");
        nonBlank(description, "gift description");
    }

    public Gift(GiftDirection direction, String description, LocalDate givenOn, String occasion) {
        this(null, direction, description, givenOn, occasion);
    }
}
