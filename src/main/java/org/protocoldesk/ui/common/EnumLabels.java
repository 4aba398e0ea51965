package org.protocoldesk.ui.common;

import java.util.ResourceBundle;

/** The words a user reads for an enum constant ("Prosecutor's office" for {@code PROSECUTORS_OFFICE}). */
public final class EnumLabels {
    private static final ResourceBundle LABELS = ResourceBundle.getBundle("org.protocoldesk.ui.enum-labels");

    private EnumLabels() {
    }

    /** The label of {@code value}, or an empty text for none; a constant without a label is a bug and throws. */
    public static String of(Enum<?> value) {
        return value == null ? "" : LABELS.getString(value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}
