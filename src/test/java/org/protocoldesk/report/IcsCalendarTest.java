package org.protocoldesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;
import org.protocoldesk.model.CalendarItem;
import org.protocoldesk.model.CalendarItemKind;
import org.protocoldesk.model.DatePrecision;
import org.protocoldesk.model.PersonRef;

/** The .ics file read back with ical4j: valid, zones carried, local times kept, user text escaped. */
class IcsCalendarTest {
    private static final ZoneId DUSHANBE = ZoneId.of("Asia/Dushanbe");
    private static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");

    private static CalendarItem meeting(String title, LocalTime start, String place, List<String> topics) {
        return new CalendarItem(CalendarItemKind.MEETING, 7, title, LocalDate.of(2024, 5, 16), null, start,
                start.plusHours(1), DUSHANBE, place, "TJ", List.of("Yusuf Rahmon", "Nodir Karimov"), topics,
                List.of(new PersonRef(3, "Yusuf Rahmon")), Set.of(), DatePrecision.DAY);
    }

    private static CalendarItem trip() {
        return new CalendarItem(CalendarItemKind.TRIP, 1, "Working visit to Dushanbe", LocalDate.of(2024, 5, 14),
                LocalDate.of(2024, 5, 18), null, null, null, "Dushanbe", "TJ", List.of(), List.of(), List.of(),
                Set.of(1L), DatePrecision.DAY);
    }

    private static CalendarItem visitProposedFor(LocalDate month) {
        return new CalendarItem(CalendarItemKind.PROPOSED_VISIT, 4, "Official visit", month,
                month.withDayOfMonth(month.lengthOfMonth()), null, null, null, "Tashkent", "UZ", List.of(), List.of(),
                List.of(), Set.of(), DatePrecision.MONTH);
    }

    private static Calendar readBack(List<CalendarItem> items) throws Exception {
        String text = new String(new IcsCalendar(NOW).bytes(items), StandardCharsets.UTF_8);
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static VEvent event(Calendar calendar, String uidStart) {
        return calendar.getComponents().stream().filter(VEvent.class::isInstance).map(VEvent.class::cast)
                .filter(e -> e.getUid().orElseThrow().getValue().startsWith(uidStart)).findFirst().orElseThrow();
    }

    @Test
    void theFileParsesBackAndValidates() throws Exception {
        Calendar calendar = readBack(List.of(trip(), meeting("Talks", LocalTime.of(9, 0), "Palace", List.of()),
                visitProposedFor(LocalDate.of(2027, 9, 1))));

        assertThat(calendar.validate().hasErrors()).isFalse();
        assertThat(calendar.<VEvent>getComponents(VEvent.VEVENT)).hasSize(3);
    }

    @Test
    void aDushanbeMeetingCarriesTheZoneAndStaysAtNineThereWhateverTheMachineZone() throws Exception {
        TimeZone machine = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            Calendar calendar = readBack(List.of(meeting("Talks", LocalTime.of(9, 0), "Palace", List.of())));

            List<VTimeZone> zones = calendar.getComponents(VTimeZone.VTIMEZONE);
            assertThat(zones).extracting(z -> z.getTimeZoneId().getValue()).containsExactly("Asia/Dushanbe");
            var start = event(calendar, "meeting-7").getStartDate().orElseThrow();
            assertThat(start.getParameter("TZID").orElseThrow().getValue()).isEqualTo("Asia/Dushanbe");
            assertThat(start.getValue()).isEqualTo("20240516T090000");
            assertThat(LocalDateTime.from(start.getDate())).isEqualTo(LocalDateTime.of(2024, 5, 16, 9, 0));
            // The zone written says what 09:00 there is: UTC+5 in 2024.
            Observance then = zones.get(0).getApplicableObservance(java.time.OffsetDateTime.of(2024, 5, 16, 4, 0, 0, 0, java.time.ZoneOffset.UTC));
            assertThat(then.getProperty(Property.TZOFFSETTO).orElseThrow().getValue()).isEqualTo("+0500");
        } finally {
            TimeZone.setDefault(machine);
        }
    }

    @Test
    void aMeetingNamesItsCounterpartsAndTopicsInItsDescription() throws Exception {
        VEvent read = event(readBack(List.of(meeting("Talks", LocalTime.of(9, 0), "Palace",
                List.of("Extradition", "Training")))), "meeting-7");

        assertThat(read.getDescription().getValue())
                .contains("Counterparts: Yusuf Rahmon, Nodir Karimov", "Topics: Extradition, Training");
        assertThat(read.getLocation().getValue()).isEqualTo("Palace");
    }

    @Test
    void commasSemicolonsAndNewlinesTypedByTheUserAreEscapedAndComeBackAsTyped() throws Exception {
        String title = "Talks; extradition, MLA\nand training \\ follow-up";
        byte[] bytes = new IcsCalendar(NOW).bytes(List.of(meeting(title, LocalTime.of(9, 0), "Hall A, floor 2;",
                List.of())));
        String text = new String(bytes, StandardCharsets.UTF_8);

        assertThat(text.replace("\r\n ", "")).contains("SUMMARY:Talks\\; extradition\\, MLA\\nand training \\\\ follow-up");
        VEvent read = event(new CalendarBuilder().build(new StringReader(text)), "meeting-7");
        assertThat(read.getSummary().getValue()).isEqualTo(title);
        assertThat(read.getLocation().getValue()).isEqualTo("Hall A, floor 2;");
    }

    @Test
    void aTripIsAnAllDayEventWhoseEndIsTheDayAfterItsLastDay() throws Exception {
        VEvent read = event(readBack(List.of(trip())), "trip-1");

        assertThat(read.getStartDate().orElseThrow().getDate()).isEqualTo(LocalDate.of(2024, 5, 14));
        assertThat(read.getEndDate().orElseThrow().getDate()).isEqualTo(LocalDate.of(2024, 5, 19));
    }

    @Test
    void aVisitProposedOnlyForAMonthSpansThatMonthFreeAndSaysTheDayIsNotFixed() throws Exception {
        VEvent read = event(readBack(List.of(visitProposedFor(LocalDate.of(2027, 9, 1)))), "proposed-visit-4");

        assertThat(read.getStartDate().orElseThrow().getDate()).isEqualTo(LocalDate.of(2027, 9, 1));
        assertThat(read.getEndDate().orElseThrow().getDate()).isEqualTo(LocalDate.of(2027, 10, 1));
        assertThat(read.getProperty(Property.TRANSP).orElseThrow().getValue()).isEqualTo("TRANSPARENT");
        assertThat(read.getSummary().getValue())
                .isEqualTo("Proposed visit: Official visit (September 2027, day not fixed)");
    }
}
