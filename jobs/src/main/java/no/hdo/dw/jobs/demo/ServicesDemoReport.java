package no.hdo.dw.jobs.demo;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;
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
 * trend query the {@code trend} command uses and the reporting models that compute the period's
 * figures ({@code rpt_medielogg_uptime_year_to_date}, {@code rpt_lifex_rollout_regions_monthly},
 * {@code rpt_lifex_tracker_snapshots}); Java only formats them.
 */
public final class ServicesDemoReport {

    private ServicesDemoReport() {}

    /** The figures the demo prints; also what its functional test checks. */
    public record Figures(
            BigDecimal centralUptimePct,
            BigDecimal endUserUptimePct,
            long movedControlRooms,
            List<String> regionsComplete,
            long snapshots,
            long replannedRows) {}

    private record Region(String name, long moved, long controlRooms, boolean isComplete) {

        String describe() {
            return name + ": " + moved + " of " + controlRooms + " moved" + (isComplete ? " (complete)" : "");
        }
    }

    private record Snapshot(String date, long replanned) {}

    public static Figures print(Path publishedWarehouse, YearMonth reportMonth, PrintWriter out) {
        YearMonth periodStart = YearMonth.of(reportMonth.getYear(), 1);
        out.println();
        out.println("Media log uptime, 13 months to " + reportMonth + " (hdo-dw trend medielogg-uptime --to "
                + reportMonth + "):");
        ResultTable uptime = TrendQuery.read(publishedWarehouse, TrendMetric.MEDIELOGG_UPTIME, reportMonth, 13);
        out.print(TableRenderer.render(uptime, OutputFormat.TABLE));
        out.println();
        out.println("LifeX cutovers, 13 months to " + reportMonth + " (hdo-dw trend lifex-rollout --to " + reportMonth
                + "):");
        ResultTable rollout = TrendQuery.read(publishedWarehouse, TrendMetric.LIFEX_ROLLOUT, reportMonth, 13);
        out.print(TableRenderer.render(rollout, OutputFormat.TABLE));
        long moved = ((Number) rollout.rows().get(rollout.rows().size() - 1).get(2)).longValue();

        try (DuckDbDatabase published = DuckDbDatabase.openReadOnly(publishedWarehouse)) {
            return published.jdbi().withHandle(handle -> {
                List<BigDecimal> period = handle.createQuery("""
                        select central_pct, end_user_pct from reporting.rpt_medielogg_uptime_year_to_date
                         where month_start_date = :month""")
                        .bind("month", reportMonth.atDay(1))
                        .map((rs, ctx) -> Arrays.asList(rs.getBigDecimal(1), rs.getBigDecimal(2)))
                        .findOne()
                        .orElse(Arrays.asList(null, null));
                BigDecimal central = period.get(0);
                BigDecimal endUser = period.get(1);
                List<Region> regions = handle.createQuery("""
                        select health_region, moved_by_month_end, control_rooms, is_complete
                          from reporting.rpt_lifex_rollout_regions_monthly
                         where month_start_date = :month order by health_region""")
                        .bind("month", reportMonth.atDay(1))
                        .map((rs, ctx) -> new Region(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getBoolean(4)))
                        .list();
                List<String> complete = regions.stream()
                        .filter(Region::isComplete)
                        .map(Region::name)
                        .toList();
                List<Snapshot> snapshotList = handle.createQuery("""
                        select cast(snapshot_date as varchar), replanned_control_rooms from reporting.rpt_lifex_tracker_snapshots order by snapshot_date""")
                        .map((rs, ctx) -> new Snapshot(rs.getString(1), rs.getLong(2)))
                        .list();
                long snapshots = snapshotList.size();
                List<String> moves = snapshotList.stream()
                        .filter(snapshot -> snapshot.replanned() > 0)
                        .map(snapshot -> snapshot.date() + ": " + snapshot.replanned() + " planned date(s) moved")
                        .toList();
                long replanned =
                        snapshotList.stream().mapToLong(Snapshot::replanned).sum();

                out.println();
                out.printf(
                        "Media log uptime, %s to %s: central components and call logging %s, access for end users %s%n",
                        periodStart, reportMonth, percent(central), percent(endUser));
                out.printf(
                        "LifeX: %d control rooms moved from ICCS to LifeX by the end of %s; %s%n",
                        moved,
                        reportMonth,
                        String.join(", ", regions.stream().map(Region::describe).toList()));
                out.printf(
                        "LifeX tracker: %d snapshots kept; planned dates moved in %d snapshots (%s)%n",
                        snapshots, moves.size(), String.join("; ", moves));
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
        return (rounded.compareTo(BigDecimal.valueOf(100)) == 0
                        ? "100"
                        : rounded.toPlainString().replace('.', ',')) + " %";
    }
}
