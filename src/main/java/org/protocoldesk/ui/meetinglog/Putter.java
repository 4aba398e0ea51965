package org.protocoldesk.ui.meetinglog;

import org.protocoldesk.ui.form.FormField;

/** Puts a value in a field: as loaded from a record (not an edit), or as typed (a restored draft, an edit). */
interface Putter {
    <T> void put(FormField<T> field, T value);
}
