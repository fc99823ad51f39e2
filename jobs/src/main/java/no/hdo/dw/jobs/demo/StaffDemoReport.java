package no.hdo.dw.jobs.demo;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import no.hdo.dw.demo.TurnusDemoFeeds;
import no.hdo.dw.jobs.output.OutputFormat;
import no.hdo.dw.jobs.output.ResultTable;
import no.hdo.dw.jobs.output.TableRenderer;
import no.hdo.dw.jobs.trend.TrendMetric;
import no.hdo.dw.jobs.trend.TrendQuery;
import no.hdo.dw.pipeline.turnus.PseudonymKey;

/**
 * The demo's staff part of the report (seed-report-2026-02.md, "Staff"): headcount, sick leave,
 * overtime and call-out hours, printed from the published warehouse through the code of
 * {@code hdo-dw trend}, and the working-time breaches the demo planted.
 */
public final class StaffDemoReport {

    private StaffDemoReport() {}

    public static void print(Path publishedWarehouse, YearMonth reportMonth, PrintWriter out) {
        out.println();
        out.println("Staff (turnus). Employee numbers were pseudonymised with " + PseudonymKey.demo()
                + ", the demo's own published key: never use it for real personal data.");
        for (TrendMetric metric : List.of(
                TrendMetric.HEADCOUNT, TrendMetric.SICK_LEAVE, TrendMetric.OVERTIME, TrendMetric.CALLOUT_HOURS)) {
            out.println();
            out.println(metric.cliName() + ", 13 months to " + reportMonth + " (hdo-dw trend " + metric.cliName()
                    + " --to " + reportMonth + "):");
            ResultTable table = TrendQuery.read(publishedWarehouse, metric, reportMonth, 13);
            out.print(TableRenderer.render(table, OutputFormat.TABLE));
        }
        out.println();
        out.println("Working-time breaches planted in the demo for " + reportMonth.withMonth(1) + " to " + reportMonth
                + " (rule, date, pseudonym, measured, limit):");
        List<TurnusDemoFeeds.PlantedBreach> earlier = new java.util.ArrayList<>();
        for (TurnusDemoFeeds.PlantedBreach breach : TurnusDemoFeeds.plantedBreaches()) {
            if (java.time.YearMonth.from(breach.date()).isBefore(reportMonth.withMonth(1))) {
                earlier.add(breach);
                continue;
            }
            out.printf(
                    "  %-16s %s  %s...  %-9s %-6s %s%n",
                    breach.rule(),
                    breach.date(),
                    breach.employeeKey().substring(0, 12),
                    breach.measured(),
                    breach.limit(),
                    breach.scenario());
        }
        if (!earlier.isEmpty()) {
            out.println("  and " + earlier.size() + " earlier, from "
                    + java.time.YearMonth.from(earlier.get(0).date())
                    + ", each a quick return (DAILY_REST: an evening shift, then an early one the next day)");
        }
    }
}
