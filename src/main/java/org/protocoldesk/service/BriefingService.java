package org.protocoldesk.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.protocoldesk.model.PersonChoice;
import org.protocoldesk.model.PersonRef;
import org.protocoldesk.model.ReportKind;
import org.protocoldesk.model.Side;
import org.protocoldesk.report.ReportTexts;
import org.protocoldesk.store.BriefingData;
import org.protocoldesk.store.DataStore;

/** Briefing notes from a trip or ad hoc (a country, dates and counterparts), with information as of today. */
public final class BriefingService {
    private final DataStore data;
    private final Clock clock;
    private final ReportTexts texts;
    private final BriefingComposer composer;

    public BriefingService(DataStore data, Clock clock, ReportTexts texts) {
        this.data = data;
        this.clock = clock;
        this.texts = texts;
        this.composer = new BriefingComposer(new ReportWording(texts));
    }

    /** The briefing for a trip, meeting those its meetings name; empty if there is no such trip. */
    public Optional<ReportDraft> forTrip(long tripId) {
        LocalDate asOf = LocalDate.now(clock);
        return data.read(s -> s.briefings().forTrip(tripId, List.of(), asOf))
                .map(briefing -> draft(briefing, briefing.trip().orElseThrow().title(), composer.dates(briefing), tripId,
                        asOf));
    }

    /** An ad hoc briefing: a visit to {@code countryCode} from {@code from} to {@code to}, meeting those chosen. */
    public ReportDraft adHoc(String countryCode, String countryName, LocalDate from, LocalDate to,
                             Collection<Long> counterpartIds) {
        LocalDate asOf = LocalDate.now(clock);
        BriefingData briefing = data.read(s -> s.briefings().adHoc(countryCode, from, to, counterpartIds, asOf));
        return draft(briefing, texts.get("briefing.adHocTitle", countryName), texts.days(from, to), null, asOf);
    }

    /** The counterparts (their side) a briefing can be prepared for, as the pickers offer them. */
    public List<PersonChoice> counterparts() {
        return data.read(s -> s.persons().choices()).stream().filter(p -> p.side() == Side.THEIRS).toList();
    }

    private ReportDraft draft(BriefingData briefing, String title, String dates, Long tripId, LocalDate asOf) {
        return new ReportDraft(ReportKind.BRIEFING_NOTE, tripId, title, asOf,
                composer.defaults(briefing, title, dates, asOf), briefing.counterparts().stream()
                        .map(p -> new PersonRef(p.person().id(), p.person().fullName())).toList(),
                (text, marking, produced, version) -> composer.compose(briefing, title, dates, text, marking, produced,
                        asOf, version));
    }
}
