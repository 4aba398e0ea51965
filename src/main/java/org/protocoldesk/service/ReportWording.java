package org.protocoldesk.service;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.protocoldesk.report.ReportTexts;
import org.protocoldesk.store.MeetingData;
import org.protocoldesk.store.PersonData;
import org.protocoldesk.store.PostData;

/**
 * How the documents name people, posts, places and times, on top of {@link ReportTexts}. Protocol convention: a
 * person is addressed by title and surname, never by first name; the written form on record comes first.
 */
final class ReportWording {
    private final ReportTexts texts;

    ReportWording(ReportTexts texts) {
        this.texts = texts;
    }

    ReportTexts texts() {
        return texts;
    }

    /** How to refer to the person in running text: the written form, else title and surname, else the full name. */
    static String formally(PersonData person) {
        if (present(person.addressWritten())) {
            return person.addressWritten();
        }
        if (present(person.honorific()) && present(person.familyName())) {
            return person.honorific() + " " + person.familyName();
        }
        return person.fullName();
    }

    /** The form of address for a bio note, saying when it is derived rather than confirmed. */
    String formOfAddress(PersonData person) {
        return present(person.addressWritten()) ? person.addressWritten()
                : texts.get("briefing.bio.address.unconfirmed", formally(person));
    }

    /** "Prosecutor General, Prosecutor General's Office of Iran", or the title alone. */
    String post(PostData post) {
        return present(post.organisation()) && !post.title().contains(post.organisation())
                ? texts.get("format.post.organisation", post.title(), post.organisation()) : post.title();
    }

    /** The term of a post as known, in parentheses: " (May 2021 – 2024)", " (held on 16 May 2024)", or nothing. */
    String term(PostData post) {
        String from = texts.approximately(post.post().start());
        String to = texts.approximately(post.post().end());
        String term;
        if (present(from) && present(to)) {
            term = texts.get("post.term", from, to);
        } else if (present(from)) {
            term = texts.get("post.term.from", from);
        } else if (present(to)) {
            term = texts.get("post.term.until", to);
        } else if (post.post().heldOn() != null) {
            term = texts.get("post.term.heldOn", texts.day(post.post().heldOn()));
        } else {
            return "";
        }
        return " (" + term + ")";
    }

    /** "Name, post on that day", or the name alone when no post is on record for that day. */
    String nameWithPost(PersonData person, LocalDate day) {
        return person.postOn(day).map(post -> texts.get("format.name.post", person.fullName(), post(post)))
                .orElse(person.fullName());
    }

    /** "09:30–10:15", "09:30", or an empty text when the time is not recorded. */
    String time(MeetingData meeting) {
        if (meeting.startTime() == null) {
            return "";
        }
        return meeting.endTime() == null ? texts.time(meeting.startTime())
                : texts.get("format.time.range", texts.time(meeting.startTime()), texts.time(meeting.endTime()));
    }

    /** Whether any of the meetings has its time recorded; a programme without one leaves the column out. */
    boolean anyTimed(List<MeetingData> meetings) {
        return meetings.stream().anyMatch(m -> m.startTime() != null);
    }

    /** Place, city and country as far as known: "Dushanbe, Tajikistan". */
    String place(MeetingData meeting) {
        return join(meeting.place(), meeting.city(), meeting.country());
    }

    String title(MeetingData meeting) {
        return present(meeting.title()) ? meeting.title() : texts.label(meeting.kind());
    }

    String join(String... parts) {
        return Stream.of(parts).filter(ReportWording::present).distinct()
                .collect(Collectors.joining(texts.get("format.list.separator")));
    }

    String join(List<String> parts) {
        return join(parts.toArray(String[]::new));
    }

    /** The value, or the dash that marks a field with nothing recorded. */
    String orNone(String value) {
        return present(value) ? value : texts.get("document.none");
    }

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    static String firstPresent(String... values) {
        return Stream.of(values).filter(ReportWording::present).findFirst().orElse(null);
    }
}
