package org.protocoldesk.store;

import java.time.LocalDate;
import java.util.List;
import org.protocoldesk.model.Gift;

/** A counterpart's full profile for a bio note. */
public record ProfileData(PersonData person, String addressSalutation, String addressSpoken, String pronunciation,
                          List<String> languages, boolean interpreterNeeded, byte[] photo, String biography,
                          String protocolNotes, String dietaryNotes, String sensitivities, String preferences,
                          List<Gift> gifts, String profileSource, LocalDate profileAsOf) {
    public ProfileData {
        languages = List.copyOf(languages);
        gifts = List.copyOf(gifts);
        photo = photo == null ? null : photo.clone();
    }

    @Override
    public byte[] photo() {
        return photo == null ? null : photo.clone();
    }
}
