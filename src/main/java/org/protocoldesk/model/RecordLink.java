package org.protocoldesk.model;



/**
 * A record that links to another one, as its pane lists it and as a delete announces it: which record, its title
 * and date, as precise as it is known (either may be null), and what deleting the other record does to it.
 */
public record RecordLink(RecordKind kind, long id, String title, ApproximateDate date, DeleteEffect onDelete) {
}
