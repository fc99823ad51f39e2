package no.hdo.dw.jobs.lifex;

import static no.hdo.dw.feeds.Workbooks.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import no.hdo.dw.feeds.Workbooks;
import no.hdo.dw.jobs.nightly.RunReport;
import no.hdo.dw.jobs.services.ServicesInbox;
import no.hdo.dw.jobs.trend.TrendMetric;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The LifeX rollout over three tracker snapshots (definitions.md, "LifeX rollout"): the counts come
 * from the newest snapshot only, the accumulating snapshot keeps each control room's first and
 * latest planned date, go-live date and slip, and the history keeps every snapshot. The expected
 * figures are worked out by hand from the three workbooks below. One night for the class: every
 * test only reads what it published.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LifexRolloutFunctionalTests {

    @TempDir
    static Path temporary;

    private ServicesInbox services;
    private RunReport report;

    @BeforeAll
    void threeSnapshots() {
        services = new ServicesInbox(temporary);
        // 28 November: Legevakt Bodø has moved (12 Nov); the others are planned
        services.tracker(
                "2025-11-28",
                new Workbooks()
                        .sheet(
                                "Kontrollrom",
                                header(),
                                row("AMK Tromsø", "AMK", "Nord", "UNN", "01.12.2025", null, "Planlagt"),
                                row(
                                        "Legevakt Bodø",
                                        "Legevaktsentral",
                                        "Nord",
                                        "Nordlandssykehuset",
                                        LocalDate.of(2025, 11, 10),
                                        LocalDate.of(2025, 11, 12),
                                        "Omlagt"),
                                row(
                                        "AMK Bergen",
                                        "AMK",
                                        "Vest",
                                        "Helse Bergen",
                                        LocalDate.of(2026, 1, 15),
                                        null,
                                        "Planlagt"),
                                row(
                                        "Akuttmottak Molde",
                                        "Akuttmottak",
                                        "Midt",
                                        "Helse Møre og Romsdal",
                                        LocalDate.of(2026, 2, 10),
                                        null,
                                        "Planlagt")));
        // 31 December: Tromsø has moved (3 Dec); Bergen is put off to 16 Feb; Molde is (wrongly) marked moved on 20
        // Dec;
        // AMK Oslo is new
        services.tracker(
                "2025-12-31",
                new Workbooks()
                        .sheet(
                                "Kontrollrom",
                                header(),
                                row("AMK Tromsø", "AMK", "Nord", "UNN", "01.12.2025", "03.12.2025", "Omlagt"),
                                row(
                                        "Legevakt Bodø",
                                        "Legevaktsentral",
                                        "Nord",
                                        "Nordlandssykehuset",
                                        LocalDate.of(2025, 11, 10),
                                        LocalDate.of(2025, 11, 12),
                                        "Omlagt"),
                                row(
                                        "AMK Bergen",
                                        "AMK",
                                        "Vest",
                                        "Helse Bergen",
                                        LocalDate.of(2026, 2, 16),
                                        null,
                                        "Utsatt"),
                                row(
                                        "Akuttmottak Molde",
                                        "Akuttmottak",
                                        "Midt",
                                        "Helse Møre og Romsdal",
                                        LocalDate.of(2026, 2, 10),
                                        LocalDate.of(2025, 12, 20),
                                        "Omlagt"),
                                row(
                                        "AMK Oslo",
                                        "AMK",
                                        "Sør-Øst",
                                        "Oslo universitetssykehus",
                                        LocalDate.of(2026, 2, 2),
                                        null,
                                        "Planlagt")));
        // 27 February, the newest: Bodø's go-live corrected to 13 Nov; Bergen moved 17 Feb; Molde back in progress,
        // planned 9 March; Oslo moved early, 29 Jan
        services.tracker(
                "2026-02-27",
                new Workbooks()
                        .sheet(
                                "Kontrollrom",
                                header(),
                                row(
                                        "AMK Oslo",
                                        "AMK",
                                        "Sør-Øst",
                                        "Oslo universitetssykehus",
                                        LocalDate.of(2026, 2, 2),
                                        LocalDate.of(2026, 1, 29),
                                        "Omlagt"),
                                row(
                                        "Akuttmottak Molde",
                                        "Akuttmottak",
                                        "Midt",
                                        "Helse Møre og Romsdal",
                                        LocalDate.of(2026, 3, 9),
                                        null,
                                        "Pågår"),
                                row(
                                        "AMK Bergen",
                                        "AMK",
                                        "Vest",
                                        "Helse Bergen",
                                        LocalDate.of(2026, 2, 16),
                                        LocalDate.of(2026, 2, 17),
                                        "Omlagt"),
                                row(
                                        "Legevakt Bodø",
                                        "Legevaktsentral",
                                        "Nord",
                                        "Nordlandssykehuset",
                                        LocalDate.of(2025, 11, 10),
                                        "13.11.2025",
                                        "Omlagt"),
                                row("AMK Tromsø", "AMK", "Nord", "UNN", "01.12.2025", "03.12.2025", "Omlagt")));
        report = services.nightly(LocalDate.of(2026, 3, 1));
    }

    @Test
    void theTrendCountsCutoversAndTheCumulativeFromTheNewestSnapshotOnly() {
        assertThat(report.exitCode()).isZero();
        // (Molde's "moved" of the December snapshot is not counted: the newest snapshot says it is in progress)
        // (October is before the first snapshot and the first go-live: unknown, not 0)
        assertThat(services.trendCsv(TrendMetric.LIFEX_ROLLOUT, YearMonth.of(2026, 2), 5))
                .containsExactly("2025-10,,", "2025-11,1,1", "2025-12,1,2", "2026-01,1,3", "2026-02,1,4");
    }

    @Test
    void theAccumulatingSnapshotHasEachControlRoomsFirstAndLatestPlannedDateGoLiveAndSlip() {
        assertThat(services.published("""
                select control_room_name, health_region, control_room_type, first_planned_cutover_date, latest_planned_cutover_date,
                       cutover_date, days_slipped, times_replanned, status, first_snapshot_date
                  from bi.bi_lifex_control_rooms order by control_room_name"""))
                .containsExactly(
                        "AMK Bergen|Vest|AMK|2026-01-15|2026-02-16|2026-02-17|33|1|Omlagt|2025-11-28",
                        "AMK Oslo|Sør-Øst|AMK|2026-02-02|2026-02-02|2026-01-29|-4|0|Omlagt|2025-12-31",
                        "AMK Tromsø|Nord|AMK|2025-12-01|2025-12-01|2025-12-03|2|0|Omlagt|2025-11-28",
                        "Akuttmottak Molde|Midt|Akuttmottak|2026-02-10|2026-03-09|∅|27|1|Pågår|2025-11-28",
                        "Legevakt Bodø|Nord|Legevaktsentral|2025-11-10|2025-11-10|2025-11-13|3|0|Omlagt|2025-11-28");
    }

    @Test
    void theHistoryKeepsEverySnapshotAndShowsHowPlannedDatesMoved() {
        assertThat(services.published(
                        "select count(*), count(distinct snapshot_date) from bi.bi_lifex_tracker_history"))
                .containsExactly("14|3");
        assertThat(services.published("""
                select snapshot_date, control_room_name, previous_planned_cutover_date, planned_cutover_date, planned_days_moved
                  from bi.bi_lifex_tracker_history where is_replanned order by snapshot_date, control_room_name"""))
                .containsExactly(
                        "2025-12-31|AMK Bergen|2026-01-15|2026-02-16|32",
                        "2026-02-27|Akuttmottak Molde|2026-02-10|2026-03-09|27");
    }

    @Test
    void theProgressViewGivesEachRegionAndTypeItsShareMoved() {
        assertThat(services.published("""
                select health_region, control_room_type, control_rooms, moved_by_month_end, moved_in_month, remaining, cast(moved_pct as decimal(5, 1))
                  from bi.bi_lifex_rollout_progress where month_label = '2026-02' order by health_region, control_room_type"""))
                .containsExactly(
                        "Midt|Akuttmottak|1|0|0|1|0.0",
                        "Nord|AMK|1|1|0|0|100.0",
                        "Nord|Legevaktsentral|1|1|0|0|100.0",
                        "Sør-Øst|AMK|1|1|0|0|100.0",
                        "Vest|AMK|1|1|1|0|100.0");
        assertThat(services.published("""
                select health_region, sum(control_rooms), sum(moved_by_month_end)
                  from bi.bi_lifex_rollout_progress where month_label = '2025-12' group by health_region order by health_region""")).containsExactly("Midt|1|0", "Nord|2|2", "Sør-Øst|1|0", "Vest|1|0");
    }

    /** The tracker's header row (sources.md, lifex/tracker). */
    static Object[] header() {
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
}
