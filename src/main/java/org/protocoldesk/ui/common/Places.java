package org.protocoldesk.ui.common;

import java.util.List;
import java.util.stream.Collectors;
import org.protocoldesk.model.Place;

/** Places as lists word them: "Dushanbe, Tajikistan; Bishkek, Kyrgyzstan; Hisor" (empty for none). */
public final class Places {
    private Places() {
    }

    public static String of(List<Place> places) {
        return places.stream().map(Places::of).collect(Collectors.joining("; "));
    }

    public static String of(Place place) {
        return place.countryName() == null ? place.city() : place.city() + ", " + place.countryName();
    }
}
