package org.protocoldesk.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.protocoldesk.model.Side;
import org.protocoldesk.report.Block;
import org.protocoldesk.report.Block.KeyValue;
import org.protocoldesk.report.FreeText;
import org.protocoldesk.report.ReportDocument;
import org.protocoldesk.report.ReportTexts;
import org.protocoldesk.report.Section;
import org.protocoldesk.store.FollowUpData;
import org.protocoldesk.store.MeetingData;
import org.protocoldesk.store.TripData;
import org.protocoldesk.store.TripReportData;

/**
 * A back-to-office report: summary, purpose, delegation, programme, the meetings by day (counterparts with the post
 * they held on that date, topics, summary, outcomes), documents signed or adopted, invitations extended and
 * received, the follow-up table and the events attended.
 */
final class TripReportComposer {
    private final ReportWording wording;
    private final ReportTexts texts;
    private final BriefingComposer shared;

    TripReportComposer(ReportWording wording, BriefingComposer shared) {
        this.wording = wording;
        this.texts = wording.texts();
        this.shared = shared;
    }

    FreeText defaults(TripReportData data) {
        TripData trip = data.trip();
        return new FreeText(texts.get("report.summary.default", trip.title(),
                texts.span(trip.startDate(), trip.endDate(), trip.datePrecision()), data.meetings().size(), data.documents().size(),
                data.followUps().size()), List.of(), Map.of());
    }

    ReportDocument compose(TripReportData data, FreeText text, String marking, LocalDate produced, LocalDate asOf,
                           int version) {
        TripData trip = data.trip();
        List<String> subtitle = new ArrayList<>();
        String places = trip.destinations().stream().map(d -> wording.join(d.city(), d.country()))
                .collect(Collectors.joining("; "));
        if (!places.isEmpty()) {
            subtitle.add(texts.get("document.place", places));
        }
        subtitle.add(texts.get("document.dates", texts.span(trip.startDate(), trip.endDate(), trip.datePrecision())));
        List<Section> sections = List.of(
                Section.of(texts.get("report.summary"), Block.Paragraph.of(text.summary())),
                Section.of(texts.get("report.purpose"), Block.Paragraph.of(ReportWording.present(trip.purpose())
                        ? trip.purpose() : texts.get("report.purpose.none"))),
                Section.of(texts.get("report.delegation"), delegation(trip)),
                Section.of(texts.get("report.programme"), programme(data.meetings())),
                meetings(data.meetings()),
                Section.of(texts.get("report.documents"), data.documents().isEmpty()
                        ? Block.Paragraph.note(texts.get("report.documents.none")) : shared.documents(data.documents())),
                Section.of(texts.get("report.invitations"), data.invitations().isEmpty()
                        ? Block.Paragraph.note(texts.get("report.invitations.none"))
                        : shared.invitations(data.invitations())),
                Section.of(texts.get("report.followUps"), followUps(data.followUps())),
                Section.of(texts.get("report.events"), events(trip)));
        return new ReportDocument(texts.get("report.kind"), trip.title(), subtitle, marking, produced, asOf, version,
                sections);
    }

    private Block delegation(TripData trip) {
        if (trip.delegation().isEmpty()) {
            return Block.Paragraph.note(texts.get("report.delegation.none"));
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < trip.delegation().size(); i++) {
            TripData.Member member = trip.delegation().get(i);
            rows.add(List.of(String.valueOf(i + 1), member.person().fullName(), wording.orNone(member.role())));
        }
        return new Block.Table(List.of(texts.get("column.number"), texts.get("column.name"), texts.get("column.role")),
                List.of(1, 5, 6), rows);
    }

    private Block programme(List<MeetingData> meetings) {
        if (meetings.isEmpty()) {
            return Block.Paragraph.note(texts.get("report.programme.none"));
        }
        Block.Table table = new Block.Table(List.of(texts.get("column.date"), texts.get("column.time"),
                texts.get("column.meeting"), texts.get("column.place")), List.of(3, 2, 7, 3), meetings.stream()
                .map(m -> List.of(texts.day(m.date()), wording.orNone(wording.time(m)), wording.title(m),
                        wording.orNone(wording.place(m)))).toList());
        return wording.anyTimed(meetings) ? table : table.without(1);
    }

    private Section meetings(List<MeetingData> meetings) {
        if (meetings.isEmpty()) {
            return Section.of(texts.get("report.meetings"), Block.Paragraph.note(texts.get("report.meetings.none")));
        }
        Map<LocalDate, List<MeetingData>> byDay = new TreeMap<>(meetings.stream()
                .collect(Collectors.groupingBy(MeetingData::date)));
        List<Section> days = new ArrayList<>();
        byDay.forEach((day, ofDay) -> days.add(new Section(texts.weekday(day), List.of(),
                ofDay.stream().map(this::meeting).toList())));
        return new Section(texts.get("report.meetings"), List.of(), days);
    }

    private Section meeting(MeetingData meeting) {
        List<KeyValue> facts = new ArrayList<>();
        facts.add(new KeyValue(texts.get("report.meeting.when"), wording.join(texts.day(meeting.date()),
                wording.time(meeting))));
        if (ReportWording.present(wording.place(meeting))) {
            facts.add(new KeyValue(texts.get("report.meeting.where"), wording.place(meeting)));
        }
        if (meeting.event() != null) {
            facts.add(new KeyValue(texts.get("report.meeting.event"), meeting.event()));
        }
        facts.add(new KeyValue(texts.get("report.meeting.kind"), texts.label(meeting.kind())));
        facts.add(new KeyValue(texts.get("report.meeting.theirs"), wording.orNone(meeting.attendees(Side.THEIRS)
                .stream().map(p -> wording.nameWithPost(p, meeting.date())).collect(Collectors.joining("; ")))));
        facts.add(new KeyValue(texts.get("report.meeting.ours"), wording.orNone(wording.join(
                meeting.attendees(Side.OURS).stream().map(p -> p.fullName()).toList()))));
        if (!meeting.topics().isEmpty()) {
            facts.add(new KeyValue(texts.get("report.meeting.topics"), wording.join(meeting.topics())));
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.KeyValues(facts));
        blocks.add(ReportWording.present(meeting.summary()) ? Block.Paragraph.of(meeting.summary())
                : Block.Paragraph.note(texts.get("report.meeting.summary.none")));
        if (!meeting.outcomes().isEmpty()) {
            blocks.add(Block.Paragraph.of(texts.get("report.meeting.outcomes") + ":"));
            blocks.add(new Block.Bullets(meeting.outcomes().stream().map(o -> texts.get("report.meeting.outcome",
                    texts.label(o.kind()), o.text())).toList()));
        }
        return new Section(wording.title(meeting), blocks, List.of());
    }

    private Block followUps(List<FollowUpData> followUps) {
        if (followUps.isEmpty()) {
            return Block.Paragraph.note(texts.get("report.followUps.none"));
        }
        return new Block.Table(List.of(texts.get("column.action"), texts.get("column.owedBy"), texts.get("column.owner"),
                texts.get("column.due"), texts.get("column.done")), List.of(7, 2, 3, 2, 2),
                followUps.stream().map(f -> List.of(f.text(), texts.label(f.owedBy()), wording.orNone(f.owner()),
                        wording.orNone(texts.day(f.dueDate())), wording.orNone(texts.day(f.doneDate())))).toList());
    }

    private Block events(TripData trip) {
        if (trip.events().isEmpty()) {
            return Block.Paragraph.note(texts.get("report.events.none"));
        }
        return new Block.Table(List.of(texts.get("column.event"), texts.get("column.date"), texts.get("column.place")),
                List.of(6, 3, 3), trip.events().stream().map(e -> List.of(e.name(),
                        texts.span(e.startDate(), e.endDate(), e.datePrecision()), wording.orNone(wording.join(e.city(), e.country()))))
                        .toList());
    }
}
