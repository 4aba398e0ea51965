package org.protocoldesk.ui.common;

import org.protocoldesk.model.PartyNames;

/** How screens name a side of an invitation: "Name", "Organisation" or "Name (Organisation)". */
public final class PartyTexts {
    private PartyTexts() {
    }

    /** The side as it reads; the name kept when the registry holds neither person nor organisation; null for none. */
    public static String of(PartyNames side) {
        if (side.person() == null) {
            return side.organisation() != null ? side.organisation() : side.kept();
        }
        return side.organisation() == null ? side.person() : side.person() + " (" + side.organisation() + ")";
    }
}
