package org.protocoldesk.ui.organisations;

import org.protocoldesk.model.Organisation;

/** How pickers name an organisation. */
public final class OrganisationTexts {
    private OrganisationTexts() {
    }

    /** "Economic Cooperation Organization (ECO)", or the name alone when there is no short name. */
    public static String nameAndShortName(Organisation organisation) {
        return organisation.shortName() == null ? organisation.name()
                : organisation.name() + " (" + organisation.shortName() + ")";
    }
}
