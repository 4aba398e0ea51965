package org.protocoldesk.service;

import static org.protocoldesk.service.ReportWording.present;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.protocoldesk.model.Gift;
import org.protocoldesk.model.Party;
import org.protocoldesk.model.Side;
import org.protocoldesk.report.Block;
import org.protocoldesk.report.Block.KeyValue;
import org.protocoldesk.report.FreeText;
import org.protocoldesk.report.ReportDocument;
import org.protocoldesk.report.ReportTexts;
import org.protocoldesk.report.Section;
import org.protocoldesk.store.BriefingData;
import org.protocoldesk.store.BriefingQueries;
import org.protocoldesk.store.Bounded;
import org.protocoldesk.store.DocumentData;
import org.protocoldesk.store.FollowUpData;
import org.protocoldesk.store.InvitationData;
import org.protocoldesk.store.MeetingData;
import org.protocoldesk.store.PersonData;
import org.protocoldesk.store.PostData;
import org.protocoldesk.store.ProfileData;
import org.protocoldesk.store.TripData;

/**
 * A briefing note in the shape foreign ministries use: purpose, summary, programme day by day in local time,
 * participants both sides, objectives, points to make, what they may raise, background in short dated facts
 * (naming the last meeting), open commitments, pending invitations, documents in force; a bio note per counterpart
 * as the annex.
 */
final class BriefingComposer {
    /** Meetings listed per counterpart in a bio note: as many as the read holds for each. */
    private static final int MEETINGS_PER_BIO = BriefingQueries.MEETINGS_PER_COUNTERPART;
    /** Dated facts in the background: the most recent; a briefing is read in minutes, not an archive. */
    private static final int BACKGROUND_FACTS = BriefingQueries.RECENT_MEETINGS;

    private final ReportWording wording;
    private final ReportTexts texts;
    private final TalkingPointFinder points;

    BriefingComposer(ReportWording wording) {
        this.wording = wording;
        this.texts = wording.texts();
        this.points = new TalkingPointFinder(wording);
    }

    /** The suggested free text; {@code dates} as the document gives them (see {@link #dates}). */
    FreeText defaults(BriefingData data, String title, String dates, LocalDate asOf) {
        long pending = data.pendingInvitations().size();
        long open = data.openFollowUps().total();
        String summary = texts.get("briefing.summary.default", title, dates, data.counterparts().size(),
                data.programme().size(), pending, open);
        return new FreeText(summary, points.find(data, asOf), Map.of());
    }

    ReportDocument compose(BriefingData data, String title, String dates, FreeText text, String marking,
                           LocalDate produced, LocalDate asOf, int version) {
        List<String> subtitle = new ArrayList<>();
        String places = places(data);
        if (present(places)) {
            subtitle.add(texts.get("document.place", places));
        }
        subtitle.add(texts.get("document.dates", dates));
        List<Section> sections = List.of(
                Section.of(texts.get("briefing.purpose"), Block.Paragraph.of(data.trip().map(TripData::purpose)
                        .filter(ReportWording::present).orElse(texts.get("briefing.purpose.none")))),
                Section.of(texts.get("briefing.summary"), Block.Paragraph.of(text.summary())),
                programme(data),
                participants(data),
                Section.of(texts.get("briefing.objectives"), Block.Paragraph.of(data.trip().map(TripData::objectives)
                        .filter(ReportWording::present).orElse(texts.get("briefing.objectives.none")))),
                Section.of(texts.get("briefing.points"), text.talkingPoints().isEmpty()
                        ? Block.Paragraph.note(texts.get("briefing.points.none"))
                        : new Block.Points(text.talkingPoints())),
                raised(data),
                background(data),
                bioNotes(data, text, asOf));
        return new ReportDocument(texts.get("briefing.kind"), title, subtitle, marking, produced, asOf, version,
                sections);
    }

    /** The trip's dates, else those of the programme and events read. */
    String dates(BriefingData data) {
        return data.trip().map(t -> texts.span(t.startDate(), t.endDate(), t.datePrecision())).orElseGet(() -> {
            List<LocalDate> days = new ArrayList<>();
            data.events().forEach(e -> days.addAll(List.of(e.startDate(), e.endDate())));
            data.programme().forEach(m -> days.add(m.date()));
            return days.isEmpty() ? "" : texts.days(days.stream().min(LocalDate::compareTo).orElseThrow(),
                    days.stream().max(LocalDate::compareTo).orElseThrow());
        });
    }

    private String places(BriefingData data) {
        return data.trip().map(t -> t.destinations().stream()
                        .map(d -> wording.join(d.city(), d.country()))
                        .collect(Collectors.joining("; ")))
                .orElse("");
    }

    private Section programme(BriefingData data) {
        List<Block> blocks = new ArrayList<>();
        if (data.programme().isEmpty()) {
            blocks.add(Block.Paragraph.note(texts.get("briefing.programme.none")));
        }
        List<Section> days = new ArrayList<>();
        Map<LocalDate, List<MeetingData>> byDay = new TreeMap<>(data.programme().stream()
                .collect(Collectors.groupingBy(MeetingData::date)));
        byDay.forEach((day, meetings) -> {
            List<List<String>> rows = meetings.stream().map(m -> List.of(wording.orNone(wording.time(m)), wording.title(m),
                    wording.orNone(wording.place(m)), wording.orNone(wording.join(m.attendees(Side.THEIRS).stream()
                            .map(PersonData::fullName).toList())))).toList();
            Block.Table table = new Block.Table(List.of(texts.get("column.time"), texts.get("column.meeting"),
                    texts.get("column.place"), texts.get("column.counterparts")), List.of(2, 5, 3, 4), rows);
            days.add(Section.of(texts.get("briefing.programme.day", texts.weekday(day), meetings.get(0).timeZone()),
                    wording.anyTimed(meetings) ? table : table.without(0)));
        });
        if (!data.events().isEmpty()) {
            days.add(Section.of(texts.get("briefing.programme.events"), events(data)));
        }
        return new Section(texts.get("briefing.programme"), blocks, days);
    }

    private Block events(BriefingData data) {
        return new Block.Table(List.of(texts.get("column.event"), texts.get("column.date"), texts.get("column.place")),
                List.of(6, 3, 3), data.events().stream().map(e -> List.of(e.name(),
                        texts.span(e.startDate(), e.endDate(), e.datePrecision()), wording.orNone(wording.join(e.city(), e.country()))))
                        .toList());
    }

    private Section participants(BriefingData data) {
        List<TripData.Member> delegation = data.trip().map(TripData::delegation).orElse(List.of());
        Block ours = delegation.isEmpty() ? Block.Paragraph.note(texts.get("briefing.participants.ours.none"))
                : new Block.Table(List.of(texts.get("column.number"), texts.get("column.name"),
                texts.get("column.role")), List.of(1, 5, 6), numbered(delegation));
        LocalDate today = dayOfBriefing(data);
        Block theirs = data.counterparts().isEmpty()
                ? Block.Paragraph.note(texts.get("briefing.participants.theirs.none"))
                : new Block.Table(List.of(texts.get("column.name"), texts.get("column.currentPost"),
                texts.get("column.organisation")), List.of(4, 5, 4), data.counterparts().stream().map(p -> {
                    PostData post = p.person().postOn(today).orElse(null);
                    return List.of(p.person().fullName(), post == null ? texts.get("document.none") : post.title(),
                            wording.orNone(post == null ? null : post.organisation()));
                }).toList());
        return new Section(texts.get("briefing.participants"), List.of(), List.of(
                Section.of(texts.get("briefing.participants.ours"), ours),
                Section.of(texts.get("briefing.participants.theirs"), theirs)));
    }

    private List<List<String>> numbered(List<TripData.Member> delegation) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < delegation.size(); i++) {
            TripData.Member member = delegation.get(i);
            rows.add(List.of(String.valueOf(i + 1), member.person().fullName(), wording.orNone(member.role())));
        }
        return rows;
    }

    /** The day posts are read on: the trip's first day, else the first day of the programme, else today's. */
    private static LocalDate dayOfBriefing(BriefingData data) {
        return data.trip().map(TripData::startDate)
                .or(() -> data.programme().stream().map(MeetingData::date).findFirst())
                .orElseGet(LocalDate::now);
    }

    private Section raised(BriefingData data) {
        List<String> items = points.likelyRaised(data);
        return Section.of(texts.get("briefing.raise"), items.isEmpty()
                ? Block.Paragraph.note(texts.get("briefing.raise.none")) : new Block.Bullets(items));
    }

    private Section background(BriefingData data) {
        List<Block> facts = new ArrayList<>();
        List<MeetingData> history = data.history().items();
        if (history.isEmpty()) {
            facts.add(Block.Paragraph.note(texts.get("briefing.background.none")));
        } else {
            MeetingData last = history.get(0);
            facts.add(Block.Paragraph.of(texts.get("briefing.background.lastMeeting", texts.day(last.date()),
                    wording.title(last))));
            facts.add(new Block.Bullets(history.stream().limit(BACKGROUND_FACTS).map(this::datedFact)
                    .toList()));
            if (data.history().total() > BACKGROUND_FACTS) {
                facts.add(Block.Paragraph.note(texts.get("briefing.background.more",
                        data.history().total() - BACKGROUND_FACTS)));
            }
        }
        return new Section(texts.get("briefing.background"), facts, List.of(
                new Section(texts.get("briefing.commitments"), withMore(commitments(data.openFollowUps().items()),
                        data.openFollowUps(), "briefing.commitments.more"), List.of()),
                Section.of(texts.get("briefing.invitations"), invitations(data.pendingInvitations())),
                new Section(texts.get("briefing.documents"), withMore(documents(data.documentsInForce().items()),
                        data.documentsInForce(), "briefing.documents.more"), List.of())));
    }

    /** The block, and under it a note of how many more are on record than it lists. */
    private List<Block> withMore(Block listed, Bounded<?> bounded, String moreKey) {
        return bounded.more() == 0 ? List.of(listed)
                : List.of(listed, Block.Paragraph.note(texts.get(moreKey, bounded.more())));
    }

    /** "16 May 2024 — Meeting with …, Dushanbe, Tajikistan. Topics: … Outcome: …" */
    private String datedFact(MeetingData meeting) {
        List<String> parts = new ArrayList<>();
        parts.add(texts.day(meeting.date()) + " — " + wording.title(meeting)
                + (present(wording.place(meeting)) ? " (" + wording.place(meeting) + ")" : ""));
        if (!meeting.topics().isEmpty()) {
            parts.add(texts.get("column.topics") + ": " + wording.join(meeting.topics()));
        }
        meeting.outcomes().forEach(o -> parts.add(texts.get("report.meeting.outcome", texts.label(o.kind()),
                o.text())));
        return String.join(". ", parts.stream().map(p -> p.endsWith(".") ? p.substring(0, p.length() - 1) : p)
                .toList()) + ".";
    }

    private Block commitments(List<FollowUpData> followUps) {
        if (followUps.isEmpty()) {
            return Block.Paragraph.note(texts.get("briefing.commitments.none"));
        }
        return new Block.Table(List.of(texts.get("column.action"), texts.get("column.owedBy"),
                texts.get("column.owner"), texts.get("column.due"), texts.get("column.source")),
                List.of(6, 2, 3, 2, 4), followUps.stream().map(f -> List.of(f.text(),
                        texts.label(f.owedBy() == null ? Party.US : f.owedBy()), wording.orNone(f.owner()),
                        wording.orNone(texts.day(f.dueDate())), wording.orNone(f.meetingTitle()))).toList());
    }

    Block invitations(List<InvitationData> invitations) {
        if (invitations.isEmpty()) {
            return Block.Paragraph.note(texts.get("briefing.invitations.none"));
        }
        return new Block.Table(List.of(texts.get("column.invitation"), texts.get("column.direction"),
                texts.get("column.from"), texts.get("column.to"), texts.get("column.date"),
                texts.get("column.status")), List.of(6, 2, 4, 4, 2, 2),
                invitations.stream().map(i -> List.of(
                        ReportWording.present(i.description()) ? i.description() : texts.label(i.occasion()),
                        texts.label(i.direction()),
                        wording.orNone(wording.join(i.inviterPerson(), i.inviterOrganisation())),
                        wording.orNone(wording.join(i.inviteePerson(), i.inviteeOrganisation())),
                        wording.orNone(texts.day(i.extendedOn())), texts.label(i.status()))).toList());
    }

    Block documents(List<DocumentData> documents) {
        if (documents.isEmpty()) {
            return Block.Paragraph.note(texts.get("briefing.documents.none"));
        }
        return new Block.Table(List.of(texts.get("column.document"), texts.get("column.kind"),
                texts.get("column.status"), texts.get("column.date"), texts.get("column.parties")),
                List.of(6, 2, 2, 2, 5), documents.stream().map(d -> List.of(d.title(), texts.label(d.kind()),
                        texts.label(d.status()), wording.orNone(texts.day(d.concludedOn())),
                        wording.orNone(wording.join(d.parties().isEmpty() && d.event() != null
                                ? List.of(d.event()) : d.parties())))).toList());
    }

    private Section bioNotes(BriefingData data, FreeText text, LocalDate asOf) {
        List<Block> notes = new ArrayList<>();
        for (ProfileData profile : data.counterparts()) {
            notes.add(bioNote(profile, data.history().items(), text.counterpartNotes().get(profile.person().id()), asOf));
        }
        if (notes.isEmpty()) {
            notes.add(Block.Paragraph.note(texts.get("briefing.participants.theirs.none")));
        }
        return new Section(texts.get("briefing.annex.bio"), notes, List.of());
    }

    private Block.BioNote bioNote(ProfileData profile, List<MeetingData> history, String officerNote,
                                  LocalDate asOf) {
        PersonData person = profile.person();
        List<KeyValue> facts = new ArrayList<>();
        facts.add(new KeyValue(texts.get("briefing.bio.address"), wording.formOfAddress(person)));
        optional(facts, "briefing.bio.salutation", profile.addressSalutation());
        optional(facts, "briefing.bio.spoken", profile.addressSpoken());
        optional(facts, "briefing.bio.pronunciation", profile.pronunciation());
        PostData current = person.postOn(asOf).orElse(null);
        facts.add(new KeyValue(texts.get("briefing.bio.post"), current == null
                ? texts.get("briefing.bio.post.none") : current.title() + wording.term(current)));
        if (current != null) {
            optional(facts, "briefing.bio.organisation", wording.join(current.organisation(),
                    current.organisationCountry()));
        }
        List<String> earlier = person.posts().stream().filter(p -> p != current)
                .map(p -> wording.post(p) + wording.term(p)).toList();
        if (!earlier.isEmpty()) {
            facts.add(new KeyValue(texts.get("briefing.bio.earlierPosts"), String.join("; ", earlier)));
        }
        optional(facts, "briefing.bio.country", person.country());
        optional(facts, "briefing.bio.languages", wording.join(profile.languages()));
        facts.add(new KeyValue(texts.get("briefing.bio.interpreter"), texts.get(profile.interpreterNeeded()
                ? "briefing.bio.interpreter.yes" : "briefing.bio.interpreter.no")));
        optional(facts, "briefing.bio.protocol", profile.protocolNotes());
        optional(facts, "briefing.bio.dietary", profile.dietaryNotes());
        optional(facts, "briefing.bio.sensitivities", profile.sensitivities());
        optional(facts, "briefing.bio.preferences", profile.preferences());
        if (!profile.gifts().isEmpty()) {
            facts.add(new KeyValue(texts.get("briefing.bio.gifts"), profile.gifts().stream().map(this::gift)
                    .collect(Collectors.joining("; "))));
        }
        List<Block> more = new ArrayList<>();
        if (present(profile.biography())) {
            more.add(Block.Paragraph.of(profile.biography()));
        }
        List<MeetingData> met = history.stream()
                .filter(m -> m.attendees().stream().anyMatch(a -> a.id() == person.id()))
                .limit(MEETINGS_PER_BIO).toList();
        more.add(Block.Paragraph.of(texts.get("briefing.bio.meetings", ReportWording.formally(person)) + ":"));
        more.add(met.isEmpty() ? Block.Paragraph.note(texts.get("briefing.bio.meetings.none"))
                : new Block.Bullets(met.stream().map(this::datedFact).toList()));
        if (present(officerNote)) {
            more.add(new Block.KeyValues(List.of(new KeyValue(texts.get("briefing.bio.notes"), officerNote))));
        }
        if (present(profile.profileSource()) || profile.profileAsOf() != null) {
            more.add(Block.Paragraph.note(texts.get("briefing.bio.source", wording.orNone(
                    texts.day(profile.profileAsOf())), wording.orNone(profile.profileSource()))));
        }
        return new Block.BioNote(person.fullName(), profile.photo(), new Block.KeyValues(facts), more);
    }

    private String gift(Gift gift) {
        boolean dated = gift.givenOn() != null;
        return texts.get("briefing.bio.gift", texts.label(gift.direction()), gift.description(), dated ? 1 : 0,
                texts.day(gift.givenOn()));
    }

    private void optional(List<KeyValue> facts, String labelKey, String value) {
        if (present(value)) {
            facts.add(new KeyValue(texts.get(labelKey), value));
        }
    }
}
