package org.protocoldesk.ui.common;

import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.protocoldesk.model.PersonChoice;

/** A person in a picker as the screens word them: "Prosecutor General, Prosecutor General's Office of Iran". */
public final class PersonChoices {
    private PersonChoices() {
    }

    /** The current post and its organisation as far as known; empty when neither is. */
    public static String detail(PersonChoice person) {
        return Stream.of(person.post(), person.organisation()).filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(", "));
    }

    /** Everything a picker matches typing against: the name, the other spellings, the post and organisation. */
    public static String searchText(PersonChoice person) {
        return person.fullName() + " " + String.join(" ", person.otherSpellings()) + " " + detail(person);
    }
}
