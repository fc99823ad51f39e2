package no.hdo.dw.jobs.medielogg;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import no.hdo.dw.jobs.nightly.RunReport;
import no.hdo.dw.jobs.services.ServicesInbox;
import no.hdo.dw.jobs.trend.TrendMetric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Media-log uptime (definitions.md, "Media log uptime") from real availability files: unplanned
 * outages only, clipped to the Europe/Oslo month, overlapping ones merged, an ongoing outage lasting
 * until its file's delivery, the month's real length, the newest file of a month winning, and a
 * month with no file unknown (empty), never 100 %.
 */
class MedieloggUptimeFunctionalTests {

    @TempDir
    Path temporary;

    @Test
    void uptimeMergesOverlapsClipsToTheMonthIgnoresPlannedMaintenanceAndEndsAnOngoingOutageAtDelivery() {
        // given a January file: three overlapping SENTRAL outages (10:00-11:00, 10:30-12:00 and 11:00-11:15 UTC: 2 h
        // merged),
        // planned maintenance, a SLUTTBRUKER outage from the last hour of December (UTC 22:00, Oslo 23:00) to 01:00 UTC
        // (2 h of it in January), and one still ongoing at 22:00 UTC on 31 January (Oslo 23:00), delivered 02:00 Oslo
        // on 1 February: its last hour of January counts
        ServicesInbox services = new ServicesInbox(temporary);
        services.availability(
                "2026-01",
                "20260201020000",
                "SENTRAL,2026-01-10T10:00:00Z,2026-01-10T11:00:00Z,0",
                "SENTRAL,2026-01-10T10:30:00Z,2026-01-10T12:00:00Z,0",
                "SENTRAL,2026-01-10T11:00:00Z,2026-01-10T11:15:00Z,0",
                "SENTRAL,2026-01-14T02:00:00Z,2026-01-14T03:30:00Z,1",
                "SLUTTBRUKER,2025-12-31T22:00:00Z,2026-01-01T01:00:00Z,0",
                "SLUTTBRUKER,2026-01-31T22:00:00Z,,0");
        // and December: an early delivery with a long outage, corrected by a later one with the boundary outage only
        services.availability("2025-12", "20260101020000", "SENTRAL,2025-12-05T08:00:00Z,2025-12-05T20:00:00Z,0");
        services.availability("2025-12", "20260102080000", "SLUTTBRUKER,2025-12-31T22:00:00Z,2026-01-01T01:00:00Z,0");
        // and February with a file that lists no outage at all; November has no file
        services.availability("2026-02", "20260301020000");

        // when
        RunReport report = services.nightly(LocalDate.of(2026, 3, 1));

        // then
        assertThat(report.exitCode()).isZero();
        assertThat(services.trendCsv(TrendMetric.MEDIELOGG_UPTIME, YearMonth.of(2026, 2), 4))
                .containsExactly(
                        "2025-11,,",
                        "2025-12,100.00," + pct(3600, 744),
                        "2026-01," + pct(2 * 3600, 744) + "," + pct(2 * 3600 + 3600, 744),
                        "2026-02,100.00,100.00");
        // and the monthly fact keeps the planned maintenance apart
        assertThat(services.published("""
                select month_key, component_code, unplanned_outage_minutes, unplanned_outages, planned_maintenance_minutes, planned_maintenances
                  from bi.bi_medielogg_uptime_monthly order by month_key, component_code"""))
                .containsExactly(
                        "202512|SENTRAL|0.0|0|0.0|0",
                        "202512|SLUTTBRUKER|60.0|1|0.0|0",
                        "202601|SENTRAL|120.0|3|90.0|1",
                        "202601|SLUTTBRUKER|180.0|2|0.0|0",
                        "202602|SENTRAL|0.0|0|0.0|0",
                        "202602|SLUTTBRUKER|0.0|0|0.0|0");
    }

    @Test
    void anOutageOutsideTheMonthOfItsFileIsQuarantinedAndCountsNowhere() {
        // given a February file that lists, besides a real February outage, one of 10 January (filed in the wrong
        // month)
        ServicesInbox services = new ServicesInbox(temporary);
        services.availability(
                "2026-02",
                "20260301020000",
                "SENTRAL,2026-02-03T10:00:00Z,2026-02-03T11:00:00Z,0",
                "SENTRAL,2026-01-10T10:00:00Z,2026-01-10T11:00:00Z,0");

        // when
        RunReport report = services.nightly(LocalDate.of(2026, 3, 1));

        // then the January row is quarantined with its line, field and reason, the run says so, and February counts its
        // own hour only
        assertThat(report.published()).isTrue();
        assertThat(report.exitCode()).isEqualTo(3);
        assertThat(services.quarantine("medielogg"))
                .containsExactly(
                        "availability|availability_2026-02_20260301020000.csv|3|outage_start|2026-01-10T10:00:00Z|"
                                + "the outage does not overlap 2026-02, the month of its file");
        assertThat(services.trendCsv(TrendMetric.MEDIELOGG_UPTIME, YearMonth.of(2026, 2), 2))
                .containsExactly("2026-01,,", "2026-02," + pct(3600, 672) + ",100.00");
    }

    @Test
    void theMonthsWithADaylightSavingChangeHaveTheirRealLength() {
        // given ten hours of unplanned outage in October 2025 (745 hours long) and in March 2026 (743 hours), one of
        // them
        // across the spring-forward night (00:00-10:00 UTC on 29 March: ten real hours, nine on the wall clock)
        ServicesInbox services = new ServicesInbox(temporary);
        services.availability("2025-10", "20251101020000", "SENTRAL,2025-10-15T00:00:00Z,2025-10-15T10:00:00Z,0");
        services.availability("2026-03", "20260401020000", "SLUTTBRUKER,2026-03-29T00:00:00Z,2026-03-29T10:00:00Z,0");

        // when
        services.nightly(LocalDate.of(2026, 4, 1));

        // then the denominators are 745 and 743 hours, not 744
        assertThat(services.published("""
                select month_label, seconds_in_month, cast(central_pct as decimal(12, 6)), cast(end_user_pct as decimal(12, 6))
                  from reporting.rpt_medielogg_uptime_monthly order by month_start_date"""))
                .containsExactly(
                        "2025-10|2682000.0|" + exactPct(36000, 745) + "|100.000000",
                        "2026-03|2674800.0|100.000000|" + exactPct(36000, 743));
        assertThat(services.trendCsv(TrendMetric.MEDIELOGG_UPTIME, YearMonth.of(2026, 3), 6))
                .containsExactly(
                        "2025-10," + pct(36000, 745) + ",100.00",
                        "2025-11,,",
                        "2025-12,,",
                        "2026-01,,",
                        "2026-02,,",
                        "2026-03,100.00," + pct(36000, 743));
    }

    /** 100 × (1 − outage / month), two decimals half up, as csv prints it. */
    private static String pct(long outageSeconds, long hoursInMonth) {
        return uptime(outageSeconds, hoursInMonth)
                .setScale(2, RoundingMode.HALF_UP)
                .toPlainString();
    }

    private static String exactPct(long outageSeconds, long hoursInMonth) {
        return uptime(outageSeconds, hoursInMonth)
                .setScale(6, RoundingMode.HALF_UP)
                .toPlainString();
    }

    private static BigDecimal uptime(long outageSeconds, long hoursInMonth) {
        BigDecimal share = BigDecimal.valueOf(outageSeconds)
                .divide(BigDecimal.valueOf(hoursInMonth * 3600), 20, RoundingMode.HALF_UP);
        return BigDecimal.valueOf(100).multiply(BigDecimal.ONE.subtract(share));
    }
}
