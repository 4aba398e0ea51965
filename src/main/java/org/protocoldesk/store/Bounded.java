package org.protocoldesk.store;

import java.util.List;

/** The first items of a list that can grow without end (a country's fifteen years), and how many there are in all. */
public record Bounded<T>(List<T> items, int total) {
    public Bounded {
        items = List.copyOf(items);
        if (total < items.size()) {
            throw new IllegalArgumentException("the total counts the items read too");
        }
    }

    /** How many there are beyond those read. */
    public int more() {
        return total - items.size();
    }
}
