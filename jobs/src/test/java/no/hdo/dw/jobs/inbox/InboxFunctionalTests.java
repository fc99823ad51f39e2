package no.hdo.dw.jobs.inbox;

import static no.hdo.dw.feeds.Workbooks.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import no.hdo.dw.feeds.Workbooks;
import no.hdo.dw.jobs.nightly.NightlyParameters;
import no.hdo.dw.jobs.nightly.NightlyRun;
import no.hdo.dw.jobs.nightly.PseudonymKeyMismatchException;
import no.hdo.dw.jobs.nightly.RunReport;
import no.hdo.dw.jobs.support.CommandLineRun;
import no.hdo.dw.jobs.support.EveryFeed;
import no.hdo.dw.jobs.support.Inboxes;
import no.hdo.dw.jobs.support.WarehouseRows;
import no.hdo.dw.pipeline.turnus.PseudonymKey;
import no.hdo.dw.warehouse.Home;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The inbox as a hostile or careless source fills it (contracts, ground rules): bad deliveries next
 * to a good file of every feed. Each bad thing is named with its reason, every good record lands, and
 * the second night behaves. Text broken below the record (encodings, open quotes, control characters)
 * is the pipeline's {@code TextDefectsLandingIntegrationTests}, on the landing steps alone.
 */
class InboxFunctionalTests {

    private static final LocalDate RUN_DATE = LocalDate.of(2026, 3, 1);
    private static final String KEY = "inbox-tests-key-5d1e8a-not-for-real-data";
    private static final String OTHER_KEY = "inbox-tests-another-key-9b7c2f-not-real";

    @TempDir
    Path temporary;

    @Test
    void badDeliveriesAreNamedWithTheirReasonWhileTheGoodFilesOfEveryFeedLand() throws IOException {
        // given a good file of every feed, and next to them:
        Path inbox = temporary.resolve("inbox");
        Home home = new Home(temporary.resolve("home"));
        EveryFeed.deliver(inbox);
        // a workbook bomb: one cell of 3 MiB that packs to a few kilobytes
        Inboxes.deliver(inbox, "lifex", "tracker", "lifex_tracker_2026-02-27.xlsx", workbookBomb(3 << 20));
        // a sheet whose rows run far below its table (a million blank rows, in small: past the test's limit of 1 000)
        new Workbooks()
                .sheet(
                        "Kontrollrom",
                        header(),
                        row("AMK Oslo", "AMK", "Sør-Øst", "OUS", LocalDate.of(2026, 1, 12), null, "Planlagt"))
                .writeTo(inbox.resolve("lifex/tracker/lifex_tracker_2026-02-20.xlsx"));
        appendBlankRowsTo(inbox.resolve("lifex/tracker/lifex_tracker_2026-02-20.xlsx"));
        // a misnamed copy of the open items, and an availability file for December byte-equal to November's (no
        // outages)
        Inboxes.deliver(
                inbox,
                "ledger",
                "receivables",
                EveryFeed.OPEN_ITEMS + ".bak",
                EveryFeed.utf8(EveryFeed.OPEN_ITEMS_TEXT));
        Inboxes.deliver(
                inbox,
                "medielogg",
                "availability",
                EveryFeed.NOVEMBER_AVAILABILITY,
                EveryFeed.utf8(EveryFeed.AVAILABILITY_WITHOUT_OUTAGES));
        Inboxes.deliver(
                inbox,
                "medielogg",
                "availability",
                "availability_2025-12_20260101020000.csv",
                EveryFeed.utf8(EveryFeed.AVAILABILITY_WITHOUT_OUTAGES));
        // a link to a file outside the inbox, a folder where a file belongs, an unknown and a wrongly cased feed
        // folder,
        // files directly under a source and at the root, an empty file
        Path outside = Files.writeString(
                temporary.resolve("outside.jsonl"),
                "{\"callId\":\"x-1\",\"start\":\"2026-01-03T08:12:55+01:00\",\"end\":null,\"centre\":\"AMK Oslo\",\"status\":\"FAILED\",\"participants\":1}\n");
        Files.createSymbolicLink(inbox.resolve("video/bliksund/bliksund_20260202020000.jsonl"), outside);
        Files.createDirectories(inbox.resolve("video/snla/snla_20260202020000.csv"));
        Inboxes.deliver(inbox, "turnus", "shift", "shifts_2026-02_20260302013000.csv", EveryFeed.utf8("x\n"));
        Inboxes.deliver(inbox, "video", "Bliksund", "bliksund_20260203020000.jsonl", EveryFeed.utf8("{}\n"));
        Files.writeString(inbox.resolve("video/README.txt"), "notes");
        Files.writeString(inbox.resolve("upload.log"), "notes");
        Inboxes.deliver(inbox, "medielogg", "calls", "calls_20260203020000.csv", new byte[0]);

        // when the nightly job runs, with rows limited to 1 000 for this test
        RunReport first = nightlyWithMaxRows(home, inbox, 1_000);

        // then it published, exit 3, and every bad thing is named with its reason
        assertThat(first.published()).as(first.message()).isTrue();
        // 4, not 3: the SAF-T example (2016) and February's daily feeds are past their freshness at the run date
        assertThat(first.exitCode()).isEqualTo(4);
        assertThat(first.feedsInError()).contains("ledger/saft", "video/bliksund");
        assertThat(first.rejectedFiles())
                .extracting(rejected -> rejected.fileName() + ": " + rejected.reason())
                .satisfiesExactlyInAnyOrder(
                        reason -> assertThat(reason)
                                .startsWith("open_items_2026-02-28_20260301020000.csv.bak: the file name"),
                        reason -> assertThat(reason)
                                .startsWith(
                                        "lifex_tracker_2026-02-20.xlsx: sheet Kontrollrom has a row 5000, more than the 1000 rows"),
                        reason -> assertThat(reason)
                                .startsWith(
                                        "lifex_tracker_2026-02-27.xlsx: the workbook expands too much: its part xl/worksheets/sheet1.xml")
                                .contains("(a decompression bomb?)"),
                        reason ->
                                assertThat(reason).startsWith("calls_20260203020000.csv: the file is empty (0 bytes)"));
        assertThat(first.notTaken())
                .extracting(entry -> entry.path() + ": " + entry.reason())
                .containsExactly(
                        "turnus/shift/: not a feed folder of turnus (the feeds: absences, employees, shifts)",
                        "upload.log: a file at the inbox's root: files belong in <source>/<feed>/",
                        "video/Bliksund/: not a feed folder of video (names are lower case: bliksund, not Bliksund)",
                        "video/README.txt: a file directly under the source folder: files belong in video/<feed>/ (feeds: bliksund, snla)",
                        "video/bliksund/bliksund_20260202020000.jsonl: a symbolic link: links in the inbox are not followed",
                        "video/snla/snla_20260202020000.csv/: a folder where a file is expected");

        // and every good record landed, read = accepted + quarantined in every feed
        for (Map.Entry<String, Long> feed : EveryFeed.RECORDS.entrySet()) {
            String[] parts = feed.getKey().split("/");
            RunReport.FeedReport report = Inboxes.feed(first, parts[0], parts[1]);
            assertThat(report.recordsRead())
                    .as(feed.getKey())
                    .isEqualTo(report.recordsAccepted() + report.recordsQuarantined());
            assertThat(report.recordsQuarantined()).as(feed.getKey()).isZero();
            if (feed.getValue() != null) {
                assertThat(report.recordsAccepted()).as(feed.getKey()).isGreaterThanOrEqualTo(feed.getValue());
            }
        }
        assertThat(Inboxes.feed(first, "lifex", "tracker"))
                .extracting("filesSeen", "filesLanded", "filesRejected", "recordsAccepted")
                .containsExactly(3L, 1L, 2L, 2L);
        // and the December file, equal to November's, is a delivery of its own: both months are known, 100 %
        assertThat(Inboxes.feed(first, "medielogg", "availability").filesLanded())
                .isEqualTo(3);
        assertThat(WarehouseRows.work(home, """
                select month_key, central_pct from reporting.rpt_medielogg_uptime_monthly
                 where month_key in (202511, 202512) order by month_key""")).containsExactly("202511|100.0", "202512|100.0");
        // and the link's call never reached the warehouse
        assertThat(WarehouseRows.work(home, "select count(*) from raw.video__bliksund where call_id = 'x-1'"))
                .containsExactly("0");

        // when the corrected name of the misnamed bytes is delivered and the job runs a second night
        Inboxes.deliver(
                inbox,
                "ledger",
                "receivables",
                "open_items_2026-02-27_20260301020000.csv",
                EveryFeed.utf8(EveryFeed.OPEN_ITEMS_TEXT));
        RunReport second = nightlyWithMaxRows(home, inbox, 1_000);

        // then the corrected delivery lands (a rejection for a name is for that name only), the rest is known
        assertThat(Inboxes.feed(second, "ledger", "receivables"))
                .extracting("filesSeen", "filesLanded", "filesSkippedKnown")
                .containsExactly(3L, 1L, 2L);
        assertThat(second.rejectedFiles()).isEmpty();
        assertThat(second.feeds().stream()
                        .mapToLong(RunReport.FeedReport::filesLanded)
                        .sum())
                .isEqualTo(1);
        // and what is not taken is said again, so the run still exits 3
        assertThat(second.notTaken()).hasSize(6);
        assertThat(second.exitCode()).isEqualTo(4);
        assertThat(second.feedsInError()).contains("ledger/saft");
        assertThat(WarehouseRows.work(
                        home,
                        "select file_name, reason like 'rejected before: %' from meta.file_event where run_id = "
                                + second.runId() + " and source = 'lifex' and outcome = 'SKIPPED' order by 1"))
                .containsExactly(
                        "lifex_tracker_2026-01-30.xlsx|false",
                        "lifex_tracker_2026-02-20.xlsx|true",
                        "lifex_tracker_2026-02-27.xlsx|true");
    }

    @Test
    void aRunWithAnotherPseudonymKeyIsRefusedBeforeAnythingLandsAndRekeyingLandsTheTurnusDataAnew() throws IOException {
        // given a home whose turnus data was landed under one key
        Path inbox = temporary.resolve("inbox");
        Home home = new Home(temporary.resolve("home"));
        EveryFeed.deliver(inbox);
        RunReport first = NightlyRun.run(home, parameters(inbox, KEY));
        // 4, not 0: the SAF-T example (2016) and February's daily feeds are past their freshness at the run date
        assertThat(first.exitCode()).isEqualTo(4);
        assertThat(first.rejectedFiles()).isEmpty();
        assertThat(Files.readString(home.pseudonymKeyCheck()).strip())
                .hasSize(64)
                .doesNotContain("inbox-tests-key");
        List<String> pseudonyms =
                WarehouseRows.work(home, "select distinct employee_key from raw.turnus__employees order by 1");

        // when a new file arrives and a run is given another key
        Inboxes.deliver(
                inbox,
                "video",
                "bliksund",
                "bliksund_20260301020000.jsonl",
                EveryFeed.utf8(
                        "{\"callId\":\"b-9\",\"start\":\"2026-02-27T08:00:00+01:00\",\"end\":null,\"centre\":\"AMK Oslo\",\"status\":\"FAILED\",\"participants\":1}\n"));
        assertThatThrownBy(() -> NightlyRun.run(home, parameters(inbox, OTHER_KEY)))
                .isInstanceOf(PseudonymKeyMismatchException.class)
                .hasMessageContaining("is not the key the turnus data")
                .hasMessageContaining("--rekey");
        Path keyFile = keyFile(OTHER_KEY);
        CommandLineRun.Captured refused = CommandLineRun.hdoDw(
                "nightly",
                "--home",
                home.root().toString(),
                "--inbox",
                inbox.toString(),
                "--date",
                RUN_DATE.toString(),
                "--pseudonym-key-file",
                keyFile.toString());

        // then it is refused in one line, exit 2, and nothing landed
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err().strip())
                .startsWith("hdo-dw: the pseudonym key from the key file")
                .doesNotContain("\n");
        assertThat(WarehouseRows.work(
                        home,
                        "select count(*) from meta.landed_file where file_name = 'bliksund_20260301020000.jsonl'"))
                .containsExactly("0");

        // when the operator moves to the new key on purpose
        RunReport rekeyed = NightlyRun.run(home, parameters(inbox, OTHER_KEY).withRekey(true));

        // then every turnus file is landed anew under the new key, the other feeds are untouched, the new file lands
        assertThat(rekeyed.exitCode()).as(rekeyed.message()).isEqualTo(4);
        assertThat(rekeyed.rejectedFiles()).isEmpty();
        assertThat(Inboxes.feed(rekeyed, "turnus", "employees").filesLanded()).isEqualTo(1);
        assertThat(Inboxes.feed(rekeyed, "video", "bliksund"))
                .extracting("filesLanded", "filesSkippedKnown")
                .containsExactly(1L, 1L);
        assertThat(WarehouseRows.work(home, "select distinct employee_key from raw.turnus__employees order by 1"))
                .hasSameSizeAs(pseudonyms)
                .doesNotContainAnyElementsOf(pseudonyms);
        assertThat(Files.list(home.retiredLanding()).toList())
                .singleElement()
                .asString()
                .contains("turnus-");
        // and the next run with the new key is a plain rerun
        RunReport rerun = NightlyRun.run(home, parameters(inbox, OTHER_KEY));
        assertThat(rerun.exitCode()).isEqualTo(4);
        assertThat(rerun.feeds().stream()
                        .mapToLong(RunReport.FeedReport::filesLanded)
                        .sum())
                .isZero();
    }

    @Test
    void anIgnoredFileUnderTurnusNeedsNoKeyAndAnEmptyInboxOnAFreshHomeIsAWarning() throws IOException {
        // given an inbox whose only thing is a note under turnus/, and no key
        Path inbox = temporary.resolve("inbox");
        Files.createDirectories(inbox.resolve("turnus"));
        Files.writeString(inbox.resolve("turnus/notes.txt"), "employee 4100000001 is on leave");

        // when the nightly job runs without a key
        RunReport report = NightlyRun.run(
                new Home(temporary.resolve("home")),
                NightlyParameters.of(inbox, RUN_DATE).withPseudonymKeySource(PseudonymKey.NO_SOURCE));

        // then it is not refused: the note is not taken (exit 3), and the empty warehouse is a warning
        assertThat(report.published()).isTrue();
        assertThat(report.exitCode()).isEqualTo(3);
        assertThat(report.notTaken()).extracting("path").containsExactly("turnus/notes.txt");
        assertThat(report.warnings()).singleElement().asString().contains("held no delivery", "the warehouse is empty");
    }

    /** A run of {@code inbox} with the key {@code key}, from a key file as an operator gives it. */
    private NightlyParameters parameters(Path inbox, String key) throws IOException {
        return NightlyParameters.of(inbox, RUN_DATE).withPseudonymKeySource(PseudonymKey.fileSource(keyFile(key)));
    }

    private Path keyFile(String key) throws IOException {
        return Files.writeString(temporary.resolve(key.equals(KEY) ? "the.key" : "other.key"), key + "\n");
    }

    private RunReport nightlyWithMaxRows(Home home, Path inbox, int maxRows) throws IOException {
        System.setProperty("hdo.dw.workbook.max-rows", String.valueOf(maxRows));
        try {
            return NightlyRun.run(home, parameters(inbox, KEY));
        } finally {
            System.clearProperty("hdo.dw.workbook.max-rows");
        }
    }

    private static Object[] header() {
        return row(
                "Kontrollrom",
                "Type",
                "Helseregion",
                "Helseforetak",
                "Planlagt omlegging",
                "Omlagt dato",
                "Status",
                "Kommentar");
    }

    /** Rewrites the workbook's sheet with a last, blank-looking row far below the table (row 5000), as a sheet of blank rows has. */
    private static void appendBlankRowsTo(Path workbook) throws IOException {
        Path copy = workbook.resolveSibling("." + workbook.getFileName() + ".tmp");
        try (var zip = new java.util.zip.ZipFile(workbook.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (var entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                byte[] bytes = zip.getInputStream(entry).readAllBytes();
                if (entry.getName().startsWith("xl/worksheets/sheet")) {
                    bytes = new String(bytes, StandardCharsets.UTF_8)
                            .replace(
                                    "</sheetData>",
                                    "<row r=\"5000\"><c r=\"A5000\" t=\"inlineStr\"><is><t> </t></is></c></row></sheetData>")
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        Files.move(copy, workbook, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** A zip of a few kilobytes whose sheet holds one inline string cell of {@code cellBytes} letters. */
    private static byte[] workbookBomb(int cellBytes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(
                    "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                            .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write("<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>"
                    .getBytes(StandardCharsets.UTF_8));
            byte[] letters = new byte[1 << 16];
            java.util.Arrays.fill(letters, (byte) 'A');
            for (int written = 0; written < cellBytes; written += letters.length) {
                zip.write(letters);
            }
            zip.write("</t></is></c></row></sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
