package no.hdo.dw.jobs.pack;

import static no.hdo.dw.jobs.support.CommandLineRun.hdoDw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import no.hdo.dw.jobs.cli.DemoCommand;
import no.hdo.dw.jobs.support.CommandLineRun.Captured;
import no.hdo.dw.jobs.support.DemoPublication;
import no.hdo.dw.warehouse.Home;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;

/**
 * {@code report pack --month 2026-02} on the demo's publication: the Word document reopened with
 * POI and checked against seed-report-2026-02.md, the PNG figures, the CSV tables, repeatability,
 * and the one-line refusals.
 */
class ReportPackFunctionalTests {

    /** seed-report-2026-02.md, "Result vs budget": line, actual, budget, deviation, annual budget (MNOK). */
    private static final String SEED_RESULT = """
            Driftsinntekt | 37,7 | 37,8 | -0,1 | 226,6
            Forvaltningsinntekt | 24,3 | 24,3 | 0,0 | 145,7
            Annen inntekt | 2,3 | 2,2 | 0,1 | 39,0
            Sum Omsetning | 64,2 | 64,2 | 0,0 | 411,3
            Lønninger | 14,4 | 15,1 | 0,7 | 85,7
            Overtid | 0,6 | 0,5 | -0,1 | 3,3
            Faste tillegg | 1,1 | 1,0 | -0,1 | 5,6
            Feriepenger | 2,0 | 2,0 | 0,1 | 11,6
            Pensjonskostnad | 2,7 | 2,7 | 0,0 | 16,1
            Arbeidsgiveravgift | 3,0 | 3,1 | 0,0 | 17,7
            Andre personalkostnader | 0,8 | 0,8 | 0,0 | 4,9
            Sum Personalkostnader | 24,6 | 25,3 | 0,7 | 144,9
            Avskrivninger | 9,9 | 11,3 | 1,5 | 70,6
            Husleie/Behold | 2,9 | 2,8 | 0,0 | 17,1
            IT utstyr og vedlikehold | 1,0 | 1,2 | 0,2 | 7,5
            Tjenestekjøp | 5,3 | 7,1 | 1,7 | 36,1
            Frikjøp | 0,9 | 1,7 | 0,8 | 8,7
            Kontorutstyr | 0,1 | 0,1 | 0,1 | 0,8
            Telefon og mobil | 1,4 | 0,9 | -0,5 | 5,5
            Transmisjon og data | 1,3 | 2,3 | 1,0 | 13,7
            Møter, kurs og forum | 0,8 | 1,0 | 0,2 | 4,1
            Reisekostnader | 0,7 | 0,9 | 0,2 | 5,1
            Lisens, support og garanti | 11,1 | 13,5 | 2,3 | 64,7
            Andre kostnader | -0,9 | -0,7 | 0,2 | 21,7
            Sum Driftskostnader | 34,6 | 42,1 | 7,6 | 255,4
            Sum Totale Kostnader | 59,2 | 67,4 | 8,2 | 400,3
            Sum Finans | -1,3 | -0,5 | 0,7 | 11,0
            Resultat | 6,3 | -2,6 | 8,9 | 0,0""";

    @TempDir
    static Path folder;

    private static Home home;
    private static Path pack;
    private static XWPFDocument document;

    @BeforeAll
    static void readThePackTheDemoWrote() throws IOException {
        // given the demo, which writes the pack of February 2026 beside its home
        home = DemoPublication.get().home();
        pack = DemoCommand.packFolder(home);
        assertThat(DemoPublication.get().demo().out())
                .contains("Report pack of 2026-02: " + pack.resolve("virksomhetsrapport-2026-02.docx"));
        try (InputStream in = Files.newInputStream(pack.resolve("virksomhetsrapport-2026-02.docx"))) {
            document = new XWPFDocument(in);
        }
    }

    @Test
    void tableOneHasEveryCellOfTheReportWithSumRowsInBold() {
        // when
        XWPFTable table = tableAfter("Tabell 1: Resultat mot budsjett i perioden og hittil i år (HiÅ). Tall i MNOK");

        // then
        assertThat(texts(table.getRow(0)))
                .containsExactly(
                        "", "Faktisk", "Budsjett", "Avvik", "Faktisk HiÅ", "Budsjett HiÅ", "Avvik HiÅ", "Årsbudsjett");
        List<String> seed = SEED_RESULT.lines().toList();
        assertThat(table.getRows()).hasSize(seed.size() + 1);
        for (int r = 0; r < seed.size(); r++) {
            String[] cells = seed.get(r).split(" \\| ");
            List<String> row = texts(table.getRow(r + 1));
            // the period is the year so far, so HiÅ equals the period
            assertThat(row)
                    .as(seed.get(r))
                    .containsExactly(cells[0], cells[1], cells[2], cells[3], cells[1], cells[2], cells[3], cells[4]);
            boolean bold = table.getRow(r + 1)
                    .getCell(1)
                    .getParagraphs()
                    .get(0)
                    .getRuns()
                    .get(0)
                    .isBold();
            assertThat(bold).as(cells[0]).isEqualTo(cells[0].startsWith("Sum") || cells[0].equals("Resultat"));
        }
        assertThat(table.getRow(1)
                        .getCell(1)
                        .getParagraphs()
                        .get(0)
                        .getAlignment()
                        .name())
                .isEqualTo("RIGHT");
        assertThat(table.getRow(1)
                        .getCell(0)
                        .getParagraphs()
                        .get(0)
                        .getAlignment()
                        .name())
                .isEqualTo("LEFT");
        assertThat(paragraphs())
                .contains("For perioden er det et positivt resultat på 8,9 MNOK. "
                        + "Totale kostnader inkludert finans for perioden er 8,9 MNOK under budsjett.");
    }

    @Test
    void everyTableHasAHeaderRowThatRepeats() {
        // then
        assertThat(document.getTables()).hasSize(8);
        for (XWPFTable table : document.getTables()) {
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            assertThat(table.getRow(1).isRepeatHeader()).isFalse();
        }
    }

    @Test
    void receivablesAreTheReportsIn1000Nok() {
        // when
        XWPFTable table = tableAfter("Tabell 2: Kundereskontro per 28. februar 2026. Tall i 1000 NOK");

        // then
        List<List<String>> rows = table.getRows().stream()
                .skip(1)
                .map(ReportPackFunctionalTests::texts)
                .toList();
        assertThat(rows)
                .containsExactly(
                        List.of("Forfalt 181 dager eller mer", "0"),
                        List.of("Forfalt, 91 - 180 dager", "0"),
                        List.of("Forfalt, 46 - 90 dager", "0"),
                        List.of("Forfalt, 15 - 45 dager", "-198"),
                        List.of("Forfalt, 8 - 14 dager", "0"),
                        List.of("Forfalt, 1 - 7 dager", "234"),
                        List.of("Forfaller om 0 - 7 dager", "21"),
                        List.of("Forfaller om 8 - 14 dager", "40"),
                        List.of("Forfaller om 15 - 45 dager", "31 644"),
                        List.of("Forfaller om mer enn 45 dager", "0"),
                        List.of("Sum", "31 741"));
    }

    @Test
    void headcountKeyFiguresAndBreachesAreTheReports() {
        // then
        assertThat(tableAfter("Tabell 3: Antall ansatte per 28. februar 2026").getRows().stream()
                        .skip(1)
                        .map(ReportPackFunctionalTests::texts))
                .containsExactly(
                        List.of("Fast ansatte", "95"),
                        List.of("Lærlinger og traineer", "4"),
                        List.of("Midlertidig ansatte", "4"),
                        List.of("Totalt", "103"));
        XWPFTable keyFigures = tableAfter("Tabell 4: Nøkkeltall i foretaket");
        assertThat(texts(keyFigures.getRow(0)))
                .containsExactly("Nøkkeltall", "Januar", "Februar", "Hittil i år", "Mål");
        assertThat(keyFigures.getRows().stream().skip(1).map(ReportPackFunctionalTests::texts))
                .containsExactly(
                        List.of("Sykefravær", "5,10 %", "4,23 %", "4,68 %", "< 5 %"),
                        List.of("AML-brudd", "6", "11", "17", "< 8 stk. pr. mnd."),
                        List.of("Overtidstimer (timer)", "256", "197", "453", ""),
                        List.of("Timer utrykning (timer)", "86", "104", "190", ""));
        XWPFTable breaches = tableAfter("Tabell 5: Oversikt over antall AML-brudd i foretaket i perioden");
        assertThat(texts(breaches.getRow(0)))
                .containsExactly("Brudd på arbeidsmiljøloven", "Januar", "Februar", "Totalt", "Prosent av alle brudd");
        assertThat(breaches.getRows().stream().skip(1).map(ReportPackFunctionalTests::texts))
                .contains(
                        List.of("Hviletid i løpet av 24 timer", "3", "3", "6", "35 %"),
                        List.of("Hviletid i løpet av 7 dager", "1", "4", "5", "29 %"),
                        List.of("Arbeidstimer pr. dag", "1", "2", "3", "18 %"),
                        List.of("Søndager på rad", "0", "2", "2", "12 %"),
                        List.of("AML timer pr. 4 uker", "1", "0", "1", "6 %"),
                        List.of("Totalt", "6", "11", "17", "100 %"));
        assertThat(tableAfter("Tabell 6: Sykefravær i foretaket per måned, korttid og langtid").getRows().stream()
                        .skip(1)
                        .map(ReportPackFunctionalTests::texts))
                .containsExactly(
                        List.of("Januar 2026", "2,15 %", "2,95 %", "5,10 %"),
                        List.of("Februar 2026", "2,07 %", "2,16 %", "4,23 %"));
    }

    @Test
    void servicesAreTheReports() {
        // then
        assertThat(paragraphs())
                .contains("Oppetid i perioden januar–februar 2026: sentrale komponenter og samtalelogging 100 %, "
                        + "tilgang for sluttbrukere 100 %.");
        assertThat(paragraphs())
                .anyMatch(text -> text.startsWith("Antall gjennomførte videosamtaler i perioden januar–februar 2026, "
                        + "begge løsningene: 40 854 ("));
        assertThat(paragraphs())
                .contains("43 kontrollrom er lagt om fra ICCS til LifeX ved utgangen av februar 2026. "
                        + "Alle kontrollrom i region Nord er lagt om.");
        assertThat(paragraphs())
                .contains("Likviditet ved utgangen av februar 2026: 13,1 MNOK, under ønsket minimum på 30,0 MNOK. "
                        + "Aktiverte investeringer hittil i år: 9,3 MNOK.");
    }

    @Test
    void chartsAreNativeWithTheirSeriesIndicatorsColoursAndAlternativeTexts() {
        // then
        List<XWPFChart> charts = document.getCharts();
        assertThat(charts).hasSize(5);
        List<XDDFChartData> breaches = charts.get(0).getChartSeries();
        assertThat(breaches).hasSize(2);
        XDDFChartData.Series bars = breaches.get(0).getSeries(0);
        String breachesXml = charts.get(0).getCTChart().toString();
        assertThat(breachesXml).contains("<c:barChart>", "<c:lineChart>");
        assertThat(breachesXml.substring(breachesXml.indexOf("<c:barChart>"), breachesXml.indexOf("<c:lineChart>")))
                .contains("<c:v>AML-brudd</c:v>");
        assertThat(breachesXml.substring(breachesXml.indexOf("<c:lineChart>")))
                .contains("<c:v>Indikator: 8 pr. mnd.</c:v>");
        assertThat(bars.getValuesData().getPointCount()).isEqualTo(13);
        assertThat(bars.getValuesData().getPointAt(11).doubleValue()).isEqualTo(6.0);
        assertThat(bars.getValuesData().getPointAt(12).doubleValue()).isEqualTo(11.0);
        assertThat(bars.getCategoryData().getPointAt(12)).isEqualTo("feb 26");
        XDDFChartData.Series indicator = breaches.get(1).getSeries(0);
        for (int month = 0; month < 13; month++) {
            assertThat(indicator.getValuesData().getPointAt(month).doubleValue())
                    .isEqualTo(8.0);
        }
        assertThat(charts.get(0).getCTChart().toString())
                .contains("<a:srgbClr val=\"1F4E79\"", "<a:srgbClr val=\"C00000\"");
        XDDFChartData.Series sickLeave = charts.get(1).getChartSeries().get(0).getSeries(0);
        assertThat(sickLeave.getValuesData().getPointAt(11).doubleValue())
                .isCloseTo(5.10, org.assertj.core.data.Offset.offset(0.005));
        assertThat(charts.get(1).getCTChart().toString()).contains("<c:v>Indikator: 5 %</c:v>");
        assertThat(charts.get(3).getChartSeries().get(0).getSeriesCount()).isEqualTo(2);

        List<String> altTexts = new ArrayList<>();
        for (XWPFParagraph paragraph : document.getParagraphs()) {
            paragraph
                    .getRuns()
                    .forEach(run -> run.getCTR().getDrawingList().forEach(drawing -> {
                        for (CTInline inline : drawing.getInlineList()) {
                            altTexts.add(inline.getDocPr().getDescr());
                        }
                    }));
        }
        assertThat(altTexts).hasSize(5);
        assertThat(altTexts.get(0))
                .isEqualTo("Totalt AML-brudd i foretaket siste 13 måneder, feb 25 – feb 26. "
                        + "AML-brudd, siste verdi (feb 26): 11. Indikator: 8 pr. mnd.");
        assertThat(altTexts.get(1)).contains("Sykefravær totalt, siste verdi (feb 26): 4,23 %", "Indikator: 5 %");
    }

    @Test
    void figuresArePngsAt150DpiWithTheIndicatorDrawn() throws IOException {
        // then
        try (Stream<Path> pngs = Files.list(pack.resolve("figurer"))) {
            assertThat(pngs.map(path -> path.getFileName().toString()).sorted())
                    .containsExactly(
                            "figur-1-aml-brudd-13-mnd.png",
                            "figur-2-sykefravaer-13-mnd.png",
                            "figur-3-overtid-13-mnd.png",
                            "figur-4-videosamtaler-12-mnd.png",
                            "figur-5-lifex-omlagt-13-mnd.png");
        }
        Path breaches = pack.resolve("figurer/figur-1-aml-brudd-13-mnd.png");
        BufferedImage image = ImageIO.read(breaches.toFile());
        assertThat(image.getWidth()).isEqualTo(FigureImages.WIDTH * FigureImages.DPI / 72);
        assertThat(image.getHeight()).isEqualTo(FigureImages.HEIGHT * FigureImages.DPI / 72);
        assertThat(dotsPerInch(breaches)).isCloseTo(150.0, org.assertj.core.data.Offset.offset(0.5));
        // the indicator is a red line across the plot: many pixels in its colour, in one band of rows
        int red = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == ReportPackContent.RED) {
                    red++;
                }
            }
        }
        assertThat(red).isGreaterThan(image.getWidth() / 2);
    }

    @Test
    void tablesAreCsvForNorwegianExcel() throws IOException {
        // when
        byte[] bytes = Files.readAllBytes(pack.resolve("tabeller/tabell-1-resultat.csv"));

        // then
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        List<String> lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)
                .lines()
                .toList();
        assertThat(lines.get(0)).isEqualTo(";Faktisk;Budsjett;Avvik;Faktisk HiÅ;Budsjett HiÅ;Avvik HiÅ;Årsbudsjett");
        assertThat(lines.get(1)).isEqualTo("Driftsinntekt;37,7;37,8;-0,1;37,7;37,8;-0,1;226,6");
        assertThat(new String(
                        Files.readAllBytes(pack.resolve("tabeller/tabell-2-kundereskontro.csv")),
                        StandardCharsets.UTF_8))
                .contains("Forfaller om 15 - 45 dager;31644\r\n", "Sum;31741\r\n");
        // the figures the document gives in a sentence are tables in the pack too
        assertThat(new String(
                        Files.readAllBytes(pack.resolve("tabeller/likviditet-og-investeringer.csv")),
                        StandardCharsets.UTF_8))
                .contains(
                        "Likviditet ved utgangen av februar 2026;13,1\r\n",
                        "Ønsket minimum;30,0\r\n",
                        "Aktiverte investeringer hittil i år;9,3\r\n");
        assertThat(new String(
                        Files.readAllBytes(pack.resolve("tabeller/videosamtaler-i-perioden.csv")),
                        StandardCharsets.UTF_8))
                .containsPattern("Bliksund;\\d+\r\nSNLA;\\d+\r\nTotalt;\\d+\r\n");
        try (Stream<Path> csvs = Files.list(pack.resolve("tabeller"))) {
            assertThat(csvs).hasSize(10);
        }
    }

    @Test
    void formulaLikeTextIsNeutralisedInCsv() {
        // given
        PackTable table = new PackTable(
                "t",
                "T",
                List.of("=navn", "verdi"),
                List.of(
                        List.of(
                                PackTable.Cell.text("=HYPERLINK(\"x\")"),
                                PackTable.Cell.number(new java.math.BigDecimal("-1.5"), 1, "")),
                        List.of(PackTable.Cell.text("@SUM(A1)"), PackTable.Cell.number(null, 0, "")),
                        List.of(PackTable.Cell.text("+47 a;b"), PackTable.Cell.number(12345))),
                java.util.Set.of());

        // when
        String csv = new String(TableCsv.write(table), StandardCharsets.UTF_8);

        // then
        assertThat(csv)
                .isEqualTo(
                        "\uFEFF'=navn;verdi\r\n\"'=HYPERLINK(\"\"x\"\")\";-1,5\r\n'@SUM(A1);\r\n\"'+47 a;b\";12345\r\n");
    }

    @Test
    void theSamePublicationAndMonthGiveTheSameBytes() throws IOException {
        // when
        Path again = folder.resolve("again");
        Captured captured = pack("2026-02", again);

        // then
        assertThat(captured.exitCode()).as(captured.err()).isZero();
        assertThat(captured.out()).contains("Report pack of 2026-02 written to " + again);
        Map<String, byte[]> first = files(pack);
        Map<String, byte[]> second = files(again);
        assertThat(second.keySet()).isEqualTo(first.keySet()).hasSize(16);
        for (String name : first.keySet()) {
            assertThat(second.get(name)).as(name).isEqualTo(first.get(name));
        }
    }

    @Test
    void aMonthWithoutAnOpenItemsSnapshotHasItsReceivablesUnknownAndItsOtherFigures() throws IOException {
        // given the demo's open items, delivered for the ends of January and February 2026 only
        Path december = folder.resolve("pack-2025-12");

        // when the author asks for the pack of December 2025
        Captured captured = pack("2025-12", december);

        // then the pack is written, its receivables are unknown with the note, and its result table is there
        assertThat(captured.exitCode()).as(captured.err()).isZero();
        try (InputStream in = Files.newInputStream(december.resolve("virksomhetsrapport-2025-12.docx"))) {
            XWPFDocument decemberDocument = new XWPFDocument(in);
            List<List<String>> receivables =
                    bodyRows(decemberDocument, "Tabell 2: Kundereskontro per 31. desember 2025. Tall i 1000 NOK");
            assertThat(receivables)
                    .hasSize(11)
                    .allSatisfy(row -> assertThat(row.get(1)).isEqualTo("–"));
            assertThat(receivables.get(10).get(0)).isEqualTo("Sum");
            assertThat(decemberDocument.getParagraphs().stream().map(XWPFParagraph::getText))
                    .contains(ReportPackContent.UNKNOWN_NOTE);
            // and January 2025, before the first shifts file, is unknown in the breach table, not 0
            List<List<String>> breaches =
                    bodyRows(decemberDocument, "Tabell 5: Oversikt over antall AML-brudd i foretaket i perioden");
            assertThat(breaches)
                    .isNotEmpty()
                    .allSatisfy(row -> assertThat(row.get(1)).isEqualTo("–"));
            assertThat(breaches.get(breaches.size() - 1).get(2))
                    .as("February 2025's total")
                    .isNotEqualTo("–");
        }
        assertThat(Files.readString(december.resolve("tabeller/tabell-2-kundereskontro.csv")))
                .contains("Sum;\r\n");
    }

    @Test
    void anOutThatIsAFileIsRefusedInOneLine() throws IOException {
        // given
        Path file = Files.writeString(folder.resolve("a-file"), "x");

        // when
        Captured captured = pack("2026-02", file);

        // then
        assertThat(captured.exitCode()).isEqualTo(2);
        assertThat(captured.errLines()).containsExactly("hdo-dw: --out " + file + " is a file, not a folder");
        assertThat(Files.readString(file)).isEqualTo("x");
    }

    @Test
    void aMonthAfterThePublicationOrBeforeTheDataIsRefusedInOneLine() {
        // when
        Captured after = pack("2026-03", folder.resolve("march"));
        Captured before = pack("2024-12", folder.resolve("old"));

        // then
        assertThat(after.exitCode()).isEqualTo(2);
        assertThat(after.errLines())
                .containsExactly("hdo-dw: no figures for 2026-03: the publication of 2026-03-01 reports up to 2026-02");
        assertThat(before.exitCode()).isEqualTo(2);
        assertThat(before.errLines()).hasSize(1).first().asString().startsWith("hdo-dw: no key figures for 2024-12");
        assertThat(folder.resolve("march")).doesNotExist();
        assertThat(folder.resolve("old")).doesNotExist();
    }

    @Test
    void aHomeWithoutPublicationIsRefusedInOneLine() {
        // when
        Path empty = folder.resolve("empty-home");
        Captured captured = hdoDw("report", "pack", "--month", "2026-02", "--home", empty.toString());

        // then
        assertThat(captured.exitCode()).isEqualTo(2);
        assertThat(captured.errLines())
                .containsExactly("hdo-dw: no publication in " + empty + ": run hdo-dw nightly first");
    }

    @Test
    void libreOfficeRendersTheDocumentToPdf() throws Exception {
        // given LibreOffice, where the machine has it
        assumeTrue(onPath("soffice"), "soffice (LibreOffice) is not installed: the rendering check is skipped");
        Path out = folder.resolve("pdf");
        Files.createDirectories(out);

        // when
        Process process = new ProcessBuilder(
                        "soffice",
                        "--headless",
                        "-env:UserInstallation=file://" + folder.resolve("lo-profile"),
                        "--convert-to",
                        "pdf",
                        "--outdir",
                        out.toString(),
                        pack.resolve("virksomhetsrapport-2026-02.docx").toString())
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("soffice.log").toFile())
                .start();
        boolean finished = process.waitFor(4, TimeUnit.MINUTES);

        // then
        assertThat(finished).isTrue();
        assertThat(process.exitValue())
                .as(Files.readString(folder.resolve("soffice.log")))
                .isZero();
        String pdf = new String(
                Files.readAllBytes(out.resolve("virksomhetsrapport-2026-02.pdf")), StandardCharsets.ISO_8859_1);
        assertThat(pdf).startsWith("%PDF");
        long pages = java.util.regex.Pattern.compile("/Type\\s*/Page[^s]")
                .matcher(pdf)
                .results()
                .count();
        assertThat(pages).isBetween(4L, 12L);
    }

    // ---- helpers ----

    private static XWPFTable tableAfter(String caption) {
        return tableAfter(document, caption);
    }

    private static XWPFTable tableAfter(XWPFDocument document, String caption) {
        List<org.apache.poi.xwpf.usermodel.IBodyElement> elements = document.getBodyElements();
        for (int i = 0; i < elements.size() - 1; i++) {
            if (elements.get(i) instanceof XWPFParagraph paragraph
                    && paragraph.getText().equals(caption)
                    && elements.get(i + 1) instanceof XWPFTable table) {
                return table;
            }
        }
        throw new AssertionError("no table after the caption '" + caption + "'");
    }

    private static List<String> texts(XWPFTableRow row) {
        return row.getTableCells().stream().map(cell -> cell.getText()).toList();
    }

    private static List<String> paragraphs() {
        return document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    private static double dotsPerInch(Path png) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            IIOMetadataNode physical =
                    (IIOMetadataNode) root.getElementsByTagName("pHYs").item(0);
            assertThat(physical.getAttribute("unitSpecifier")).isEqualTo("meter");
            return Double.parseDouble(physical.getAttribute("pixelsPerUnitXAxis")) * 0.0254;
        }
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(path).toString(), Files.readAllBytes(path));
            }
        }
        return files;
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    /** {@code hdo-dw report pack --month <month> --out <out>} on the demo's home. */
    private static Captured pack(String month, Path out) {
        return hdoDw(
                "report",
                "pack",
                "--month",
                month,
                "--out",
                out.toString(),
                "--home",
                home.root().toString());
    }

    /** The texts of the rows below the header of the table after {@code caption}. */
    private static List<List<String>> bodyRows(XWPFDocument document, String caption) {
        return tableAfter(document, caption).getRows().stream()
                .skip(1)
                .map(ReportPackFunctionalTests::texts)
                .toList();
    }
}
