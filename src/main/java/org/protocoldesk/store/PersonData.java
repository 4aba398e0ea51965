package org.protocoldesk.store;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.protocoldesk.model.Side;

/** A person as named in a document: names, written form of address, country and every post held, oldest first. */
public record PersonData(long id, Side side, String fullName, String honorific, String familyName,
                         String addressWritten, String countryCode, String country, List<PostData> posts) {
    public PersonData {
        posts = List.copyOf(posts);
    }

    /** The post held on {@code day}, the latest-starting one if several overlap. */
    public Optional<PostData> postOn(LocalDate day) {
        return posts.stream().filter(p -> p.heldOn(day))
                .max(Comparator.comparing(PostData::knownFrom, Comparator.nullsFirst(Comparator.naturalOrder())));
    }
}
