package org.protocoldesk.model;

import static org.protocoldesk.model.Require.copy;
import static org.protocoldesk.model.Require.nonBlank;
import static org.protocoldesk.model.Require.present;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A person: a counterpart or one of our own people. Names are kept as written, in Unicode.
 * {@code languages} are most fluent first; {@code posts} are in chronological order.
 */
public record Person(
        Long id,
        Side side,
        String fullName,
        String honorific,
        String givenName,
        String familyName,
        List<String> otherSpellings,
        FormsOfAddress address,
        String countryCode,
        LocalDate birthDate,
        String birthPlace,
        List<String> languages,
        boolean interpreterNeeded,
        String spouse,
        byte[] photo,
        String biography,
        ProtocolNotes protocolNotes,
        ContactDetails contact,
        List<Gift> gifts,
        List<Post> posts,
        String profileSource,
        LocalDate profileAsOf) {

    public Person {
        present(side, "side");
        nonBlank(fullName, "full name");
        otherSpellings = copy(otherSpellings);
        languages = copy(languages);
        gifts = copy(gifts);
        posts = copy(posts);
        address = address == null ? FormsOfAddress.NONE : address;
        protocolNotes = protocolNotes == null ? ProtocolNotes.NONE : protocolNotes;
        contact = contact == null ? ContactDetails.NONE : contact;
        photo = photo == null ? null : photo.clone();
    }

    @Override
    public byte[] photo() {
        return photo == null ? null : photo.clone();
    }

    public static Builder builder(Side side, String fullName) {
        return new Builder(side, fullName);
    }

    public Builder toBuilder() {
        return new Builder(side, fullName).id(id).honorific(honorific).givenName(givenName).familyName(familyName)
                .otherSpellings(otherSpellings).address(address).countryCode(countryCode).birthDate(birthDate)
                .birthPlace(birthPlace).languages(languages).interpreterNeeded(interpreterNeeded).spouse(spouse)
                .photo(photo).biography(biography).protocolNotes(protocolNotes).contact(contact).gifts(gifts)
                .posts(posts).profileSource(profileSource).profileAsOf(profileAsOf);
    }

    /** The post held on a given day, the latest-starting one if several overlap. */
    public Optional<Post> postOn(LocalDate day) {
        Post found = null;
        for (Post post : posts) {
            if (post.heldOn(day) && (found == null || startsLater(post, found))) {
                found = post;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The current post, derived from the posts, never stored: of those not ended, the one known from the latest day
     * (its start, else the day it was seen held); if all have ended, none.
     */
    public Optional<Post> currentPost() {
        Post found = null;
        for (Post post : posts) {
            if (post.to() == null && (found == null || startsLater(post, found))) {
                found = post;
            }
        }
        return Optional.ofNullable(found);
    }

    private static boolean startsLater(Post post, Post than) {
        return than.knownFrom() == null || (post.knownFrom() != null && post.knownFrom().isAfter(than.knownFrom()));
    }

    public static final class Builder {
        private Long id;
        private final Side side;
        private final String fullName;
        private String honorific;
        private String givenName;
        private String familyName;
        private List<String> otherSpellings = List.of();
        private FormsOfAddress address = FormsOfAddress.NONE;
        private String countryCode;
        private LocalDate birthDate;
        private String birthPlace;
        private List<String> languages = List.of();
        private boolean interpreterNeeded;
        private String spouse;
        private byte[] photo;
        private String biography;
        private ProtocolNotes protocolNotes = ProtocolNotes.NONE;
        private ContactDetails contact = ContactDetails.NONE;
        private List<Gift> gifts = List.of();
        private List<Post> posts = List.of();
        private String profileSource;
        private LocalDate profileAsOf;

        private Builder(Side side, String fullName) {
            this.side = side;
            this.fullName = fullName;
        }

        public Builder id(Long value) { id = value; return this; }
        public Builder honorific(String value) { honorific = value; return this; }
        public Builder givenName(String value) { givenName = value; return this; }
        public Builder familyName(String value) { familyName = value; return this; }
        public Builder otherSpellings(List<String> value) { otherSpellings = value; return this; }
        public Builder address(FormsOfAddress value) { address = value; return this; }
        public Builder countryCode(String value) { countryCode = value; return this; }
        public Builder birthDate(LocalDate value) { birthDate = value; return this; }
        public Builder birthPlace(String value) { birthPlace = value; return this; }
        public Builder languages(List<String> value) { languages = value; return this; }
        public Builder interpreterNeeded(boolean value) { interpreterNeeded = value; return this; }
        public Builder spouse(String value) { spouse = value; return this; }
        public Builder photo(byte[] value) { photo = value; return this; }
        public Builder biography(String value) { biography = value; return this; }
        public Builder protocolNotes(ProtocolNotes value) { protocolNotes = value; return this; }
        public Builder contact(ContactDetails value) { contact = value; return this; }
        public Builder gifts(List<Gift> value) { gifts = value; return this; }
        public Builder posts(List<Post> value) { posts = value; return this; }
        public Builder profileSource(String value) { profileSource = value; return this; }
        public Builder profileAsOf(LocalDate value) { profileAsOf = value; return this; }

        public Person build() {
            return new Person(id, side, fullName, honorific, givenName, familyName, otherSpellings, address,
                    countryCode, birthDate, birthPlace, languages, interpreterNeeded, spouse, photo, biography,
                    protocolNotes, contact, gifts, posts, profileSource, profileAsOf);
        }
    }
}
