package org.protocoldesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.protocoldesk.model.ArchivedDocument;
import org.protocoldesk.model.Person;
import org.protocoldesk.model.PersonRef;
import org.protocoldesk.model.Post;
import org.protocoldesk.model.ReportFormat;
import org.protocoldesk.model.ReportKind;
import org.protocoldesk.model.Side;
import org.protocoldesk.model.Trip;
import org.protocoldesk.model.TripStatus;
import org.protocoldesk.model.TripSummary;
import org.protocoldesk.report.ExportedText;
import org.protocoldesk.report.FreeText;
import org.protocoldesk.report.Renderers;
import org.protocoldesk.report.ReportTexts;
import org.protocoldesk.store.StoreTestSupport;

/** Briefings and trip reports exported from the demo data and read back as their readers would read them. */
class ReportExportTest extends StoreTestSupport {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-10T09:00:00Z"), ZoneOffset.UTC);
    private static final String MARKING = "RESTRICTED — TEST COPY";
    private static final String DUSHANBE = "Dushanbe: 5th Meeting of the Attorneys/Prosecutors General of the ECO Member States";
    private static final String LONDON = "London: 28th Annual Conference of the International Association of Prosecutors";

    @TempDir
    Path out;

    private BriefingService briefings;
    private TripReportService tripReports;
    private ReportExportService exports;

    @BeforeEach
    void demo() {
        new DemoDataService(data).load();
        ReportTexts texts = ReportTexts.english();
        briefings = new BriefingService(data, CLOCK, texts);
        tripReports = new TripReportService(data, CLOCK, texts);
        exports = new ReportExportService(data, CLOCK, new Renderers(texts));
    }

    private long trip(String title) {
        return new TripService(data).named(title).stream().map(TripSummary::id).findFirst().orElseThrow();
    }

    private byte[] export(ReportDraft draft, FreeText text, ReportFormat format) {
        Path file = out.resolve("document-" + format + "." + format.extension());
        exports.export(draft, text, format, file, MARKING, ExportProgress.silent());
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private String exportedText(ReportDraft draft, ReportFormat format) {
        return ExportedText.of(format, export(draft, draft.defaultText(), format));
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void theDushanbeBriefingNamesEachCounterpartMetWithFormOfAddressAndPost(ReportFormat format) {
        String text = exportedText(briefings.forTrip(trip(DUSHANBE)).orElseThrow(), format);

        assertThat(text).contains("Yusuf Rahmon", "Prosecutor General of the Republic of Tajikistan",
                "Mohammad Movahedi-Azad", "Prosecutor General of Iran",
                "Khusrav Noziri", "Secretary General", "Economic Cooperation Organization",
                "Rashideen Nawaz Kasuri", "Deputy Attorney General for Pakistan");
        assertThat(occurrences(text, "Form of address")).isGreaterThanOrEqualTo(4);
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void theDushanbeBriefingGivesTheMeetingsWithIransOfficeAndThePendingInvitationAsATalkingPoint(ReportFormat format) {
        String text = exportedText(briefings.forTrip(trip(DUSHANBE)).orElseThrow(), format);

        assertThat(text).contains("16 May 2024 — Meeting with Mohammad Movahedi-Azad, Prosecutor General of Iran");
        assertThat(text).contains("Meetings with Mohammad Movahedi-Azad");
        assertThat(text).contains("Recall our invitation to Mohammad Movahedi-Azad: Official visit of the Prosecutor "
                + "General of Iran to Azerbaijan, extended on 16 May 2024; no reply is recorded.");
        assertThat(text).contains("Invitation extended on 16 May 2024 at \"Meeting with Mohammad Movahedi-Azad");
    }

    @Test
    void everyPdfPageCarriesTheMarkingTopAndBottomAndItsPageNumber() {
        byte[] pdf = export(briefings.forTrip(trip(DUSHANBE)).orElseThrow(),
                briefings.forTrip(trip(DUSHANBE)).orElseThrow().defaultText(), ReportFormat.PDF);

        List<String> pages = ExportedText.pdfPages(pdf);
        assertThat(pages).hasSizeGreaterThan(2);
        for (int i = 0; i < pages.size(); i++) {
            assertThat(occurrences(pages.get(i), MARKING)).as("marking on page %d", i + 1).isEqualTo(2);
            assertThat(pages.get(i)).contains("Page " + (i + 1) + " of " + pages.size(),
                    "Information as of 10 January 2026");
        }
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void theLondonTripReportListsEachMeetingAndOutcomeTheReportDescribes(ReportFormat format) {
        String text = exportedText(tripReports.forTrip(trip(LONDON)).orElseThrow(), format);

        assertThat(text).contains(
                "Flag ceremony of the International Association of Prosecutors",
                "The participants were invited to the 29th Conference of the Association in Baku in September 2024.",
                "Meeting with Max Hill, Head of the Royal Prosecutor's Office",
                "Views exchanged on expanding cooperation against organised crime, illegal migration, human "
                        + "trafficking and drug trafficking.",
                "Meeting with Harj Dersi, Head of the Extradition Department",
                "Agreement on joint actions and close cooperation in the transfer of persons accused of crimes and "
                        + "placed on the international wanted list.",
                "Meeting with Lucien Wong, Prosecutor General of Singapore",
                "Briefing on Azerbaijan's anti-corruption reforms; information on the preparation of the 2024 "
                        + "Conference in Baku.",
                "Meetings with colleagues from the USA, Brazil, Austria, the UAE, Ukraine and Mongolia",
                "Information given on the anti-terrorist measures in the Garabagh economic region.",
                "Special group of the IAP Anti-Corruption Prosecutor's Network",
                "Experience exchanged on international cooperation against corruption offences, parallel financial "
                        + "investigations and asset recovery.");
        assertThat(text).contains("Harj Dersi, Head of the Extradition Department, Ministry of Interior of the "
                + "United Kingdom");
    }

    @Test
    void theLondonDocxGivesTheDateColumnRoomForADateAndLeavesOutTheTimesNoMeetingHas() throws IOException {
        byte[] docx = export(tripReports.forTrip(trip(LONDON)).orElseThrow(),
                tripReports.forTrip(trip(LONDON)).orElseThrow().defaultText(), ReportFormat.DOCX);

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFTable programme = table(document, "Date", "Meeting", "Place");
            XWPFTable invitations = table(document, "Invitation", "Direction", "From", "To", "Date", "Status");
            List<BigInteger> grid = invitations.getCTTbl().getTblGrid().getGridColList().stream()
                    .map(col -> (BigInteger) col.getW()).toList();
            double share = grid.get(4).doubleValue() / grid.stream().mapToDouble(BigInteger::doubleValue).sum();
            assertThat(share).as("the date column's share of the invitations table").isGreaterThan(0.18);
            assertThat(programme.getRow(1).getCell(0).getText()).isEqualTo("28 September 2023");
        }
    }

    /** The document's table whose header row reads {@code header}. */
    private static XWPFTable table(XWPFDocument document, String... header) {
        return document.getTables().stream()
                .filter(t -> t.getRow(0).getTableCells().stream().map(XWPFTableCell::getText).toList()
                        .equals(List.of(header)))
                .findFirst().orElseThrow(() -> new AssertionError("no table headed " + List.of(header)));
    }

    @Test
    void userTextComesOutLiterallyInEveryFormatAndNothingIsFetched() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            String fetchMe = "<img src=\"http://127.0.0.1:" + server.getAddress().getPort() + "/x.png\">";
            String hostile = "<img src=\"file:///etc/passwd\"> **bold** =cmd|' /C calc'!A0 " + fetchMe
                    + " <link rel=\"stylesheet\" href=\"http://127.0.0.1:" + server.getAddress().getPort() + "/s.css\">";
            ReportDraft draft = tripReports.forTrip(trip(LONDON)).orElseThrow();
            for (ReportFormat format : ReportFormat.values()) {
                String text = ExportedText.of(format, export(draft, draft.defaultText().withSummary(hostile), format));
                assertThat(text).as(format.name()).contains("<img src=\"file:///etc/passwd\">", "**bold**",
                        "=cmd|' /C calc'!A0");
                assertThat(withoutSpaces(text)).as(format.name() + ", lines joined").contains(withoutSpaces(hostile));
            }
            String markdown = Files.readString(out.resolve("document-MARKDOWN.md"));
            assertThat(markdown).doesNotContain("<img", "<link").contains("\\*\\*bold\\*\\*", "&lt;img src=");
            assertThat(requests).hasValue(0);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void namesWithSchwaBreveAndCyrillicComeBackFromThePdfAsWritten() {
        List<String> names = List.of("Ərəstun Qəhrəmanov", "Ağa Şükürlü Işıkçı Öztürk", "Сергей Владимирович Иванов");
        List<Long> ids = new ArrayList<>();
        for (String name : names) {
            ids.add(data.write(s -> s.persons().insert(Person.builder(Side.THEIRS, name)
                    .posts(List.of(new Post(null, "Baş prokuror müavini", null, null))).build())).id());
        }
        ReportDraft draft = briefings.adHoc("AZ", "Azerbaijan", LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 3), ids);

        String text = ExportedText.of(ReportFormat.PDF, export(draft, draft.defaultText(), ReportFormat.PDF));

        assertThat(text).contains(names).contains("Baş prokuror müavini", "Visit to Azerbaijan");
    }

    @Test
    void namesWithFiFlAndFfComeBackFromThePdfLetterByLetterNotAsLigatures() {
        List<String> names = List.of("Rafiq Aflatun", "Fikret Saffarov");
        String post = "Chief of the Office for Conflict Affairs";
        List<Long> ids = new ArrayList<>();
        for (String name : names) {
            ids.add(data.write(s -> s.persons().insert(Person.builder(Side.THEIRS, name)
                    .posts(List.of(new Post(null, post, null, null))).build())).id());
        }
        ReportDraft draft = briefings.adHoc("AZ", "Azerbaijan", LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 3), ids);

        byte[] pdf = export(draft, draft.defaultText(), ReportFormat.PDF);
        String characters = withoutSpaces(ExportedText.pdfCharacters(pdf));

        assertThat(characters).contains("RafiqAflatun", "FikretSaffarov", withoutSpaces(post), "Briefingnote")
                .doesNotContainPattern("[\\uFB00-\\uFB06]");
    }

    @Test
    void aCounterpartsPhotoIsInTheirBioNoteInThePdfAndInTheDocx() throws IOException {
        byte[] photo = jpeg(60, 80);
        long id = data.write(s -> s.persons().insert(Person.builder(Side.THEIRS, "Leyla Mammadova").photo(photo)
                .build())).id();
        ReportDraft draft = briefings.adHoc("AZ", "Azerbaijan", LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 3),
                List.of(id));

        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(
                export(draft, draft.defaultText(), ReportFormat.DOCX)))) {
            assertThat(docx.getAllPictures()).singleElement()
                    .satisfies(picture -> assertThat(picture.getData()).isEqualTo(photo));
        }
        try (PDDocument pdf = Loader.loadPDF(export(draft, draft.defaultText(), ReportFormat.PDF))) {
            long images = 0;
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    images += page.getResources().isImageXObject(name) ? 1 : 0;
                }
            }
            assertThat(images).isEqualTo(1);
        }
    }

    private static byte[] jpeg(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void theBriefingOfATripWithNoMeetingsYetSaysSo(ReportFormat format) {
        long empty = data.write(s -> s.trips().insert(new Trip(null, "Visit to Tbilisi", null, null,
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2), TripStatus.PLANNED, null, List.of(), List.of(),
                List.of()))).id();

        String text = exportedText(briefings.forTrip(empty).orElseThrow(), format);

        assertThat(text).contains("Briefing note", "Visit to Tbilisi", "1–2 March 2026",
                "No meetings are scheduled yet.", "No counterpart is named yet",
                "No purpose is recorded for this visit.", "The delegation is not recorded yet.");
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void theBriefingOfACounterpartNeverMetBeforeSaysSo(ReportFormat format) {
        long stranger = data.write(s -> s.persons().insert(Person.builder(Side.THEIRS, "Nino Beridze")
                .honorific("Ms").familyName("Beridze").build())).id();

        String text = exportedText(briefings.adHoc("GE", "Georgia", LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 2), List.of(stranger)), format);

        assertThat(text).contains("Nino Beridze", "Ms Beridze",
                "Never met before: no earlier meeting is on record.", "No current post on record",
                "No earlier meeting with these counterparts, their organisations or countries is on record.");
        assertThat(text).contains("Visit to Georgia, 1–2 March 2026. One counterpart to meet")
                .doesNotContain("Visit to Visit to");
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void aTripKnownOnlyToTheMonthIsDatedByItsMonthNotByItsFirstDay(ReportFormat format) {
        String london = exportedText(tripReports.forTrip(trip(LONDON)).orElseThrow(), format);
        String dushanbe = exportedText(briefings.forTrip(trip(DUSHANBE)).orElseThrow(), format);

        assertThat(london).contains("Dates: September 2023").doesNotContain("1 September 2023");
        assertThat(dushanbe).contains("Dates: May 2024").doesNotContain("1 May 2024");
    }

    @Test
    void anExportIsArchivedWithItsFileNameMarkingAndTheHashOfItsBytes() throws IOException {
        long london = trip(LONDON);
        ReportDraft draft = tripReports.forTrip(london).orElseThrow();
        Path file = out.resolve("london.pdf");

        ArchivedDocument archived = exports.export(draft, draft.defaultText(), ReportFormat.PDF, file, "SECRET",
                ExportProgress.silent());

        assertThat(exports.archiveOf(london)).singleElement().satisfies(row -> {
            assertThat(row.kind()).isEqualTo(ReportKind.TRIP_REPORT);
            assertThat(row.format()).isEqualTo(ReportFormat.PDF);
            assertThat(row.fileName()).isEqualTo("london.pdf");
            assertThat(row.path()).isEqualTo(file.toAbsolutePath().toString());
            assertThat(row.marking()).isEqualTo("SECRET");
            assertThat(row.asOf()).isEqualTo(LocalDate.of(2026, 1, 10));
            assertThat(row.sha256()).isEqualTo(ReportExportService.sha256(Files.readAllBytes(file)))
                    .isEqualTo(archived.sha256());
        });
        assertThat(exports.lastMarking()).isEqualTo("SECRET");
        assertThat(exports.check(archived)).isEqualTo(ArchiveCheck.UNCHANGED);
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void aNoteOnOneCounterpartIsExportedInTheirBioNoteOnly(ReportFormat format) {
        ReportDraft draft = briefings.forTrip(trip(DUSHANBE)).orElseThrow();
        PersonRef iran = draft.counterparts().stream().filter(p -> p.fullName().equals("Mohammad Movahedi-Azad"))
                .findFirst().orElseThrow();
        FreeText edited = draft.defaultText().withCounterpartNotes(Map.of(iran.id(), "Thank him for the 2024 visit."));

        String text = ExportedText.of(format, export(draft, edited, format));

        String fromHisBio = text.substring(text.indexOf("Meetings with Mohammad Movahedi-Azad"));
        int note = fromHisBio.indexOf("Notes");
        int nextBio = fromHisBio.indexOf("Meetings with ", 1);
        assertThat(note).isPositive().isLessThan(nextBio < 0 ? Integer.MAX_VALUE : nextBio);
        assertThat(fromHisBio.substring(note)).startsWith("Notes").contains("Thank him for the 2024 visit.");
        assertThat(occurrences(text, "Thank him for the 2024 visit.")).isEqualTo(1);
    }

    @Test
    void theEditedSummaryIsWhatIsExportedAndArchived() throws IOException {
        ReportDraft draft = tripReports.forTrip(trip(LONDON)).orElseThrow();
        FreeText edited = draft.defaultText().withSummary("Edited by the officer: a successful visit.");

        byte[] md = export(draft, edited, ReportFormat.MARKDOWN);

        assertThat(ExportedText.of(ReportFormat.MARKDOWN, md)).contains("Edited by the officer: a successful visit.")
                .doesNotContain(draft.defaultText().summary());
        long id = exports.archiveOf(trip(LONDON)).get(0).id();
        byte[] archived = data.read(s -> s.generatedDocuments().content(id));
        assertThat(archived).isEqualTo(md);
    }

    @Test
    void anExportCancelledAfterWritingLeavesNoFileNotEvenATemporaryOneAndNoArchiveEntry() throws IOException {
        ReportDraft draft = tripReports.forTrip(trip(LONDON)).orElseThrow();
        AtomicReference<ExportProgress> progress = new AtomicReference<>();
        progress.set(new ExportProgress((stage, fraction) -> {
            if (stage == ExportProgress.Stage.WRITING) {
                progress.get().cancel();
            }
        }));

        assertThatThrownBy(() -> exports.export(draft, draft.defaultText(), ReportFormat.DOCX,
                out.resolve("report.docx"), MARKING, progress.get())).isInstanceOf(ExportCancelledException.class);

        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).isEmpty();
        }
        assertThat(exports.archiveOf(trip(LONDON))).isEmpty();
    }

    /** The text with no white space, so that a line a PDF wrapped compares equal to the line as typed. */
    private static String withoutSpaces(String text) {
        return text.replaceAll("\\s", "");
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }
}
