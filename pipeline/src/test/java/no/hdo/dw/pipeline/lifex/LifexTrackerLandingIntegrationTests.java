package no.hdo.dw.pipeline.lifex;

import static no.hdo.dw.feeds.Workbooks.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import no.hdo.dw.feeds.LifexTracker;
import no.hdo.dw.feeds.Workbooks;
import no.hdo.dw.pipeline.landing.FeedId;
import no.hdo.dw.pipeline.support.Inbox;
import no.hdo.dw.pipeline.support.LandingStepRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;

/**
 * LifeX tracker workbooks (sources.md, lifex/tracker) written by a real spreadsheet library, as
 * people leave them: tolerant of stray spaces, mixed case, text dates, blank rows, extra sheets and
 * moved columns; strict on an unknown type, region or status, an unreadable date, {@code Omlagt}
 * without a date and a control room listed twice (quarantined, the cell named); a workbook that
 * cannot be read as a whole is refused whole and named. The tracker's landing step alone, on a real
 * home: the registry, the quarantine and the landed Parquet (what {@code raw.lifex__tracker} and
 * {@code staging.stg_lifex__tracker} read); a quarantined record or a refused file is what makes a
 * nightly run exit 3.
 */
class LifexTrackerLandingIntegrationTests {

    private static final FeedId TRACKER = LifexTrackerFeed.ID;

    private static final String MESSY = "lifex_tracker_2026-01-30.xlsx";

    @TempDir
    Path temporary;

    @Test
    void aMessyWorkbookLandsItsGoodRowsAndQuarantinesTheBadOnesWithTheCellNamed() {
        // given a workbook with an extra sheet before and after Kontrollrom, the columns moved, headers in other case
        // and with stray spaces, an extra column, blank rows, words in any case, dates as Excel dates and as text
        Inbox services = new Inbox(temporary);
        LifexTracker.deliver(
                services.inbox,
                "2026-01-30",
                new Workbooks()
                        .sheet("Notater", row("Husk å oppdatere før styremøtet"), row("Kontrollrom", "Type"))
                        .sheet(
                                "Kontrollrom",
                                row(
                                        " STATUS ",
                                        "kontrollrom",
                                        "Helseregion ",
                                        "Type",
                                        "Kommentar",
                                        "Omlagt  dato",
                                        "Helseforetak",
                                        "planlagt omlegging",
                                        "Ekstra"),
                                row(
                                        "Omlagt",
                                        "  AMK Bodø ",
                                        "nord",
                                        "amk",
                                        null,
                                        LocalDate.of(2025, 10, 6),
                                        "Nordlandssykehuset",
                                        LocalDate.of(2025, 10, 6),
                                        "x"),
                                null,
                                row(
                                        "omlagt",
                                        "Legevakt  Alta",
                                        " Nord",
                                        "LEGEVAKTSENTRAL",
                                        "Én dag forsinket",
                                        "03.11.2025",
                                        "Finnmarkssykehuset",
                                        "2.11.2025"),
                                row(
                                        "Planlagt ",
                                        "Akuttmottak Molde",
                                        "midt",
                                        "Akuttmottak",
                                        null,
                                        null,
                                        "Helse Møre og Romsdal",
                                        " 01.03.2026 "),
                                row(
                                        "utsatt",
                                        "AMK Stavanger",
                                        "VEST",
                                        "AMK",
                                        "Venter på tverrlinjer",
                                        null,
                                        "Helse Stavanger",
                                        LocalDate.of(2026, 5, 4)),
                                row(
                                        "Pågår",
                                        "AMK Ullevål",
                                        "Sør - Øst",
                                        "AMK",
                                        null,
                                        null,
                                        "Oslo universitetssykehus",
                                        LocalDate.of(2026, 2, 2)),
                                row(
                                        "Planlagt",
                                        "Legevakt Hamar",
                                        "Sør-Øst",
                                        "Legevakt",
                                        null,
                                        null,
                                        "Sykehuset Innlandet",
                                        LocalDate.of(2026, 4, 6)),
                                row(
                                        "Planlagt",
                                        "AMK Tromsø",
                                        "Nord-Norge",
                                        "AMK",
                                        null,
                                        null,
                                        "UNN",
                                        LocalDate.of(2026, 3, 2)),
                                row(
                                        "Omlagt",
                                        "AMK Kristiansand",
                                        "Sør-Øst",
                                        "AMK",
                                        null,
                                        null,
                                        "Sørlandet sykehus",
                                        LocalDate.of(2026, 1, 12)),
                                row(
                                        "Planlagt",
                                        "AMK Ålesund",
                                        "Midt",
                                        "AMK",
                                        null,
                                        null,
                                        "Helse Møre og Romsdal",
                                        "31.02.2026"),
                                row(
                                        "Ferdig",
                                        "AMK Førde",
                                        "Vest",
                                        "AMK",
                                        null,
                                        LocalDate.of(2026, 1, 5),
                                        "Helse Førde",
                                        LocalDate.of(2026, 1, 5)),
                                row(
                                        "Planlagt",
                                        "amk  bodø",
                                        "Nord",
                                        "AMK",
                                        null,
                                        null,
                                        "Nordlandssykehuset",
                                        LocalDate.of(2026, 6, 1)),
                                null,
                                row(" ", "  ", null, " "),
                                row(
                                        "Omlagt",
                                        "AMK Oslo",
                                        "Sør-Øst",
                                        "Amk",
                                        null,
                                        LocalDate.of(2026, 1, 12),
                                        "Oslo universitetssykehus",
                                        LocalDate.of(2026, 1, 12)))
                        .sheet("Pivot", row("Region", "Omlagt"), row("Nord", 2)));

        // when
        LandingStepRun.Ended landing = services.land(TRACKER);

        // then the bad rows are quarantined with the row, the column and the cell
        assertThat(landing.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(services.quarantine("lifex"))
                .containsExactly(
                        "tracker|" + MESSY
                                + "|8|Type|Legevakt|Kontrollrom!D8: unknown Type; expected one of AMK, Legevaktsentral, Akuttmottak, Annet",
                        "tracker|" + MESSY
                                + "|9|Helseregion|Nord-Norge|Kontrollrom!C9: unknown Helseregion; expected one of Nord, Midt, Vest, Sør-Øst",
                        "tracker|" + MESSY
                                + "|10|Omlagt dato|∅|Kontrollrom!F10: Status is Omlagt but Omlagt dato is empty",
                        "tracker|" + MESSY
                                + "|11|Planlagt omlegging|31.02.2026|Kontrollrom!H11: Planlagt omlegging is not a date (an Excel date or text dd.MM.yyyy)",
                        "tracker|" + MESSY
                                + "|12|Status|Ferdig|Kontrollrom!A12: unknown Status; expected one of Planlagt, Pågår, Omlagt, Utsatt",
                        "tracker|" + MESSY
                                + "|13|Kontrollrom|amk  bodø|Kontrollrom!B13: the control room amk bodø is listed twice; the row 2 listing it first is kept");
        // and the good rows land with their words made canonical, wherever their columns stood; blank rows are no
        // records
        assertThat(services.landed(
                        "lifex",
                        "tracker",
                        "control_room_name, control_room_type, health_region, health_trust, planned_cutover_date, cutover_date, status, comment, sheet_row",
                        "record_no"))
                .containsExactly(
                        "AMK Bodø|AMK|Nord|Nordlandssykehuset|2025-10-06|2025-10-06|Omlagt|∅|Kontrollrom!2",
                        "Legevakt Alta|Legevaktsentral|Nord|Finnmarkssykehuset|2025-11-02|2025-11-03|Omlagt|Én dag forsinket|Kontrollrom!4",
                        "Akuttmottak Molde|Akuttmottak|Midt|Helse Møre og Romsdal|2026-03-01|∅|Planlagt|∅|Kontrollrom!5",
                        "AMK Stavanger|AMK|Vest|Helse Stavanger|2026-05-04|∅|Utsatt|Venter på tverrlinjer|Kontrollrom!6",
                        "AMK Ullevål|AMK|Sør-Øst|Oslo universitetssykehus|2026-02-02|∅|Pågår|∅|Kontrollrom!7",
                        "AMK Oslo|AMK|Sør-Øst|Oslo universitetssykehus|2026-01-12|2026-01-12|Omlagt|∅|Kontrollrom!16");
        assertThat(
                        services.work(
                                "select file_name, records_read, records_accepted, records_quarantined from meta.landed_file where source = 'lifex'"))
                .containsExactly(MESSY + "|12|6|6");
    }

    @Test
    void aWorkbookThatCannotBeReadAsAWholeIsRefusedWholeAndNamed() throws IOException {
        // given a good snapshot, and next to it: bytes that are no workbook, a workbook cut off half-way, a workbook
        // without a Kontrollrom sheet, one whose sheet lacks a column, and a file whose name holds no real date
        Inbox services = new Inbox(temporary);
        Path good = LifexTracker.deliver(
                services.inbox,
                "2026-01-30",
                new Workbooks()
                        .sheet(
                                "Kontrollrom",
                                LifexTracker.header(),
                                row(
                                        "AMK Bodø",
                                        "AMK",
                                        "Nord",
                                        "Nordlandssykehuset",
                                        LocalDate.of(2025, 10, 6),
                                        LocalDate.of(2025, 10, 6),
                                        "Omlagt")));
        services.deliver(
                "lifex", "tracker", "lifex_tracker_2026-02-06.xlsx", "Kontrollrom;Type\nAMK Bodø;AMK\n".getBytes());
        byte[] whole = Files.readAllBytes(good);
        services.deliver("lifex", "tracker", "lifex_tracker_2026-02-13.xlsx", Arrays.copyOf(whole, whole.length / 2));
        LifexTracker.deliver(
                services.inbox,
                "2026-02-20",
                new Workbooks().sheet("Ark1", LifexTracker.header(), row("AMK Bodø", "AMK", "Nord")));
        LifexTracker.deliver(
                services.inbox,
                "2026-02-27",
                new Workbooks()
                        .sheet(
                                "Kontrollrom",
                                row(
                                        "Kontrollrom",
                                        "Type",
                                        "Helseforetak",
                                        "Planlagt omlegging",
                                        "Omlagt dato",
                                        "Status"),
                                row("AMK Bodø", "AMK")));
        LifexTracker.deliver(services.inbox, "2026-02-30", new Workbooks().sheet("Kontrollrom", LifexTracker.header()));

        // when
        LandingStepRun.Ended landing = services.land(TRACKER);

        // then each broken file is refused whole with its reason, and nothing of it is landed
        assertThat(landing.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(services.fileOutcomes(landing.runId(), "lifex", "tracker"))
                .containsExactly("LANDED|1", "REJECTED|5");
        var rejected = services.rejected("lifex");
        assertThat(rejected).hasSize(5);
        assertThat(rejected.get(0))
                .startsWith(
                        "tracker|lifex_tracker_2026-02-06.xlsx|the file is not a readable Excel workbook (.xlsx): ");
        assertThat(rejected.get(1)).startsWith("tracker|lifex_tracker_2026-02-13.xlsx|");
        assertThat(rejected.subList(2, 5))
                .containsExactly(
                        "tracker|lifex_tracker_2026-02-20.xlsx|the workbook has no sheet Kontrollrom (its sheets: Ark1)",
                        "tracker|lifex_tracker_2026-02-27.xlsx|sheet Kontrollrom lacks the column(s) Helseregion in its header (row 1: "
                                + "Kontrollrom | Type | Helseforetak | Planlagt omlegging | Omlagt dato | Status)",
                        "tracker|lifex_tracker_2026-02-30.xlsx|the snapshot date '2026-02-30' in the file name lifex_tracker_2026-02-30.xlsx is not a valid yyyy-MM-dd");
        assertThat(services.work("select file_name from meta.landed_file where source = 'lifex'"))
                .containsExactly("lifex_tracker_2026-01-30.xlsx");
        assertThat(services.landed("lifex", "tracker", "distinct source_file", "1"))
                .containsExactly("lifex_tracker_2026-01-30.xlsx");
    }

    @Test
    void titleRowsAboveTheHeaderAreSkipped() {
        // given a snapshot whose sheet opens with a title and a date line, a blank row, then the header
        Inbox services = new Inbox(temporary);
        LifexTracker.deliver(
                services.inbox,
                "2026-01-30",
                new Workbooks()
                        .sheet(
                                "Kontrollrom",
                                row("LifeX-utrulling: status per kontrollrom"),
                                row("Oppdatert", "30.01.2026"),
                                null,
                                LifexTracker.header(),
                                row(
                                        "AMK Bodø",
                                        "AMK",
                                        "Nord",
                                        "Nordlandssykehuset",
                                        LocalDate.of(2025, 10, 6),
                                        LocalDate.of(2025, 10, 6),
                                        "Omlagt")));

        // when
        LandingStepRun.Ended landing = services.land(TRACKER);

        // then the table under the title lands, its row named by its real row number, nothing quarantined or refused
        assertThat(landing.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(services.quarantine("lifex")).isEmpty();
        assertThat(services.rejected("lifex")).isEmpty();
        assertThat(services.landed("lifex", "tracker", "control_room_name, status, sheet_row", "record_no"))
                .containsExactly("AMK Bodø|Omlagt|Kontrollrom!5");
    }

    @Test
    void theContractsExampleWorkbookLands() throws URISyntaxException {
        // given the example of the contract (examples/lifex/tracker/lifex_tracker_2026-02-27.xlsx)
        Inbox services = new Inbox(temporary);
        services.copy(
                "lifex",
                "tracker",
                Path.of(getClass()
                        .getResource("/examples/lifex/lifex_tracker_2026-02-27.xlsx")
                        .toURI()));

        // when
        LandingStepRun.Ended landing = services.land(TRACKER);

        // then its four control rooms land, Excel dates and text dates alike, nothing quarantined or refused
        assertThat(landing.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(services.quarantine("lifex")).isEmpty();
        assertThat(services.rejected("lifex")).isEmpty();
        assertThat(services.landed(
                        "lifex",
                        "tracker",
                        "control_room_name, control_room_type, health_region, health_trust, planned_cutover_date, cutover_date, status, comment",
                        "record_no"))
                .containsExactly(
                        "AMK Bodø|AMK|Nord|Nordlandssykehuset|2025-10-06|2025-10-06|Omlagt|∅",
                        "Legevakt Alta|Legevaktsentral|Nord|Finnmarkssykehuset|2025-11-03|2025-11-04|Omlagt|Én dag forsinket",
                        "Akuttmottak Molde|Akuttmottak|Midt|Helse Møre og Romsdal|2026-03-02|∅|Planlagt|∅",
                        "AMK Stavanger|AMK|Vest|Helse Stavanger|2026-05-11|∅|Utsatt|Venter på tverrlinjer");
    }
}
