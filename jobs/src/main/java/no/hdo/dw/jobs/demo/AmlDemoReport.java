package no.hdo.dw.jobs.demo;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import no.hdo.dw.jobs.output.OutputFormat;
import no.hdo.dw.jobs.output.TableRenderer;
import no.hdo.dw.jobs.report.AmlBreachesReportQuery;
import no.hdo.dw.jobs.trend.TrendMetric;
import no.hdo.dw.jobs.trend.TrendQuery;

/**
 * The demo's working-time breach tables, through the same queries as {@code trend aml-breaches}
 * and {@code report aml-breaches}: the 13-month trend, and the breaches per rule in the reporting
 * month and the month before (the seed report's January and February).
 */
public final class AmlDemoReport {

    private AmlDemoReport() {}

    public static void print(Path publishedWarehouse, YearMonth reportMonth, PrintWriter out) {
        out.println();
        out.println("Working-time breaches, 13 months to " + reportMonth + " (hdo-dw trend aml-breaches --to "
                + reportMonth + "):");
        out.print(TableRenderer.render(
                TrendQuery.read(publishedWarehouse, TrendMetric.AML_BREACHES, reportMonth, 13), OutputFormat.TABLE));
        YearMonth from = reportMonth.minusMonths(1);
        out.println();
        out.println("Working-time breaches per rule, " + from + " and " + reportMonth
                + " (hdo-dw report aml-breaches --from " + from + " --to " + reportMonth + "):");
        out.print(TableRenderer.render(
                AmlBreachesReportQuery.read(publishedWarehouse, from, reportMonth), OutputFormat.TABLE));
    }
}
