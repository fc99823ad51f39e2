package no.hdo.dw.jobs.demo;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import no.hdo.dw.jobs.output.OutputFormat;
import no.hdo.dw.jobs.output.ResultTable;
import no.hdo.dw.jobs.output.TableRenderer;
import no.hdo.dw.jobs.trend.TrendMetric;
import no.hdo.dw.jobs.trend.TrendQuery;
import no.hdo.dw.warehouse.DuckDbDatabase;

/**
 * The services part of the demo's report (seed-report-2026-02.md, "Services") beyond the video
 * calls: media-log uptime and the LifeX rollout, read from the published warehouse through the
 * trend query the {@code trend} command uses and the BI views analysts read.
 */
public final class ServicesDemoReport {

    private ServicesDemoReport() {
    }

    /** The figures the demo prints; also what its functional test checks. */
    public record Figures(BigDecimal centralUptimePct, BigDecimal endUserUptimePct, long movedControlRooms,
            List<String> regionsComplete, long snapshots, long replannedRows) {
    }

    public static Figures print(Path publishedWarehouse, YearMonth reportMonth, PrintWriter out) {
        YearMonth periodStart = YearMonth.of(reportMonth.getYear(), 1);
        out.println();
        out.println("Media log uptime, 13 months to " + reportMonth + " (hdo-dw trend medielogg-uptime --to " + reportMonth + "):");
        ResultTable uptime = TrendQuery.read(publishedWarehouse, TrendMetric.MEDIELOGG_UPTIME, reportMonth, 13);
        out.print(TableRenderer.render(uptime, OutputFormat.TABLE));
        out.println();
        out.println("LifeX cutovers, 13 months to " + reportMonth + " (hdo-dw trend lifex-rollout --to " + reportMonth + "):");
        ResultTable rollout = TrendQuery.read(publishedWarehouse, TrendMetric.LIFEX_ROLLOUT, reportMonth, 13);
        out.print(TableRenderer.render(rollout, OutputFormat.TABLE));
        long moved = ((Number) rollout.rows().get(rollout.rows().size() - 1).get(2)).longValue();

        try (DuckDbDatabase published = DuckDbDatabase.openReadOnly(publishedWarehouse)) {
            return published.jdbi().withHandle(handle -> {
                // Uptime over the period: outage time over the period's length, per component.
                List<BigDecimal> period = handle.createQuery("""
                        select 100 * (1 - sum(central_unplanned_outage_seconds) / sum(seconds_in_month)),
                               100 * (1 - sum(end_user_unplanned_outage_seconds) / sum(seconds_in_month))
                          from reporting.rpt_medielogg_uptime_monthly
                         where month_start_date between :from and :to
                        having count(*) = :months""")
                        .bind("from", periodStart.atDay(1)).bind("to", reportMonth.atDay(1))
                        .bind("months", reportMonth.getMonthValue())
                        .map((rs, ctx) -> List.of(rs.getBigDecimal(1), rs.getBigDecimal(2))).findOne().orElse(List.of());
                BigDecimal central = period.isEmpty() ? null : period.get(0);
                BigDecimal endUser = period.isEmpty() ? null : period.get(1);
                List<String> regions = handle.createQuery("""
                        select health_region || ': ' || sum(moved_by_month_end) || ' of ' || sum(control_rooms) || ' moved'
                               || case when sum(moved_by_month_end) = sum(control_rooms) then ' (complete)' else '' end
                          from bi.bi_lifex_rollout_progress
                         where month_start_date = :month
                         group by health_region order by health_region""")
                        .bind("month", reportMonth.atDay(1)).mapTo(String.class).list();
                List<String> complete = handle.createQuery("""
                        select health_region from bi.bi_lifex_rollout_progress where month_start_date = :month
                         group by health_region having sum(moved_by_month_end) = sum(control_rooms) order by health_region""")
                        .bind("month", reportMonth.atDay(1)).mapTo(String.class).list();
                long snapshots = handle.createQuery("select count(distinct snapshot_date) from bi.bi_lifex_tracker_history")
                        .mapTo(Long.class).one();
                List<String> moves = handle.createQuery("""
                        select strftime(snapshot_date, '%Y-%m-%d') || ': ' || count(*) || ' planned date(s) moved'
                          from bi.bi_lifex_tracker_history where is_replanned
                         group by snapshot_date order by snapshot_date""").mapTo(String.class).list();
                long replanned = handle.createQuery("select count(*) from bi.bi_lifex_tracker_history where is_replanned")
                        .mapTo(Long.class).one();

                out.println();
                out.printf("Media log uptime, %s to %s: central components and call logging %s, access for end users %s%n",
                        periodStart, reportMonth, percent(central), percent(endUser));
                out.printf("LifeX: %d control rooms moved from ICCS to LifeX by the end of %s; %s%n", moved, reportMonth,
                        String.join(", ", regions));
                out.printf("LifeX tracker: %d snapshots kept; planned dates moved in %d snapshots (%s)%n", snapshots, moves.size(),
                        String.join("; ", moves));
                return new Figures(central, endUser, moved, complete, snapshots, replanned);
            });
        }
    }

    /** {@code 100 %}, {@code 99,87 %}: as the report writes it; empty (unknown) without every month's file. */
    private static String percent(BigDecimal value) {
        if (value == null) {
            return "unknown (a month has no availability file)";
        }
        BigDecimal rounded = value.setScale(2, RoundingMode.HALF_UP);
        return (rounded.compareTo(BigDecimal.valueOf(100)) == 0 ? "100" : rounded.toPlainString().replace('.', ',')) + " %";
    }
}
