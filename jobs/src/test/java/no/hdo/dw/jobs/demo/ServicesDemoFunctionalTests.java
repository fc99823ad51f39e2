package no.hdo.dw.jobs.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.hdo.dw.demo.DemoInbox;
import no.hdo.dw.jobs.nightly.RunReport;
import no.hdo.dw.jobs.services.ServicesInbox;
import no.hdo.dw.jobs.support.DemoPublication;
import no.hdo.dw.jobs.trend.TrendMetric;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The demo gives back the services figures of the February 2026 report (seed-report-2026-02.md,
 * "Services"), from its published warehouse: 100 % media-log uptime for both components in January
 * and February 2026, 43 control rooms moved to LifeX by the end of February with region Nord
 * complete, and tracker snapshots in which planned dates moved. It reads the publication of the
 * whole demo, run once per test JVM ({@code DemoPublication}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServicesDemoFunctionalTests {

    private DemoInbox.Summary summary;
    private RunReport report;
    private ServicesInbox services;
    private ServicesDemoReport.Figures figures;
    private String printed;

    @BeforeAll
    void runTheDemo() throws Exception {
        // the demo, run once per test JVM (DemoPublication); its folder holds inbox/ and home/ as a ServicesInbox's
        // does
        DemoPublication demo = DemoPublication.get();
        services = new ServicesInbox(demo.folder());
        summary = demo.summary();
        report = demo.report();
        StringWriter out = new StringWriter();
        figures = ServicesDemoReport.print(
                services.home.publishedWarehouse(), YearMonth.of(2026, 2), new PrintWriter(out, true));
        printed = out.toString();
    }

    @Test
    void mediaLogUptimeIsOneHundredPercentForBothComponentsInJanuaryAndFebruary2026() {
        assertThat(report.published()).isTrue();
        assertThat(services.trendCsv(TrendMetric.MEDIELOGG_UPTIME, YearMonth.of(2026, 2), 2))
                .containsExactly("2026-01,100.00,100.00", "2026-02,100.00,100.00");
        assertThat(figures.centralUptimePct()).isEqualByComparingTo(BigDecimal.valueOf(100));
        assertThat(figures.endUserUptimePct()).isEqualByComparingTo(BigDecimal.valueOf(100));
        assertThat(printed)
                .contains(
                        "Media log uptime, 2026-01 to 2026-02: central components and call logging 100 %, access for end users 100 %");
        // and every month of the 13 has a file, so none is unknown, and 2025 had outages
        List<String> year = services.trendCsv(TrendMetric.MEDIELOGG_UPTIME, YearMonth.of(2026, 2), 13);
        assertThat(year).hasSize(13).noneMatch(line -> line.endsWith(","));
        assertThat(year).anyMatch(line -> !line.endsWith("100.00,100.00"));
    }

    @Test
    void fortyThreeControlRoomsHaveMovedByTheEndOfFebruaryAndRegionNordIsComplete() {
        assertThat(figures.movedControlRooms()).isEqualTo(43);
        assertThat(figures.regionsComplete()).containsExactly("Nord");
        assertThat(printed)
                .contains("LifeX: 43 control rooms moved from ICCS to LifeX by the end of 2026-02; ")
                .contains("Nord: 10 of 10 moved (complete)");
        // and the monthly cutovers are the ones the demo planted
        Map<String, Long> expected = new LinkedHashMap<>();
        summary.feed("lifex/tracker")
                .expectedByMonth()
                .forEach((month, count) -> expected.put(month.toString(), count));
        Map<String, Long> found = new LinkedHashMap<>();
        services.trendCsv(TrendMetric.LIFEX_ROLLOUT, YearMonth.of(2026, 2), 13)
                .forEach(line -> found.put(line.split(",")[0], Long.valueOf(line.split(",")[1])));
        assertThat(found).isEqualTo(expected);
    }

    @Test
    void theTrackerSnapshotsAreAllKeptAndPlannedDatesMovedInThem() {
        assertThat(figures.snapshots()).isEqualTo(13);
        assertThat(figures.replannedRows())
                .isEqualTo(summary.feed("lifex/tracker").revisedRecords())
                .isPositive();
        assertThat(services.published("select count(*) from bi.bi_lifex_control_rooms where days_slipped > 0"))
                .first()
                .satisfies(count -> assertThat(Long.parseLong(count)).isPositive());
    }

    @Test
    void everyMediaLogCallIsPublishedOnceInTheMonthItStarted() {
        Map<YearMonth, Long> found = new java.util.TreeMap<>();
        services.published(
                        "select month_key, sum(calls) from bi.bi_medielogg_calls_monthly group by month_key order by month_key")
                .forEach(line -> found.put(
                        YearMonth.of(Integer.parseInt(line.substring(0, 4)), Integer.parseInt(line.substring(4, 6))),
                        Long.valueOf(line.split("\\|")[1])));
        assertThat(found).isEqualTo(summary.feed("medielogg/calls").expectedByMonth());
        assertThat(ServicesInbox.feed(report, "medielogg", "calls").recordsQuarantined())
                .isZero();
        assertThat(ServicesInbox.feed(report, "lifex", "tracker").recordsQuarantined())
                .isZero();
    }
}
