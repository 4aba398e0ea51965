package org.protocoldesk.model;

/**
 * A slice of a list in its order: the rows from {@code offset} on, at most {@code limit} of them. A list screen asks
 * for the rows a window can show first and for the rest afterwards, so that it shows something at once however long
 * the list is.
 */
public record Page(int offset, int limit) {
    public static final Page ALL = new Page(0, Integer.MAX_VALUE);

    public Page {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("A page starts at row 0 or later and holds 0 rows or more: " + offset
                    + ", " + limit);
        }
    }

    public static Page first(int rows) {
        return new Page(0, rows);
    }

    /** Every row after the first {@code rows}. */
    public static Page after(int rows) {
        return new Page(rows, Integer.MAX_VALUE);
    }

    /** This page of a list cut to its first {@code rows}: "the 1,000 most recent meetings". */
    public Page within(int rows) {
        int start = Math.min(offset, rows);
        return new Page(start, Math.min(limit, rows - start));
    }
}
