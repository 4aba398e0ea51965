package org.protocoldesk.model;

import java.util.List;

/**
 * A person as a picker offers them: name, side, and what else they may be typed as: current post and its
 * organisation (either may be null), other spellings. The screens word them (ui.common.PersonChoices).
 */
public record PersonChoice(long id, Side side, String fullName, String post, String organisation,
                           List<String> otherSpellings) {
    public PersonChoice {
        otherSpellings = otherSpellings == null ? List.of() : List.copyOf(otherSpellings);
    }
}
