package no.hdo.dw.jobs.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import no.hdo.dw.demo.DemoInbox;
import no.hdo.dw.jobs.demo.AmlDemoReport;
import no.hdo.dw.jobs.demo.LedgerDemoReport;
import no.hdo.dw.jobs.demo.ServicesDemoReport;
import no.hdo.dw.jobs.demo.StaffDemoReport;
import no.hdo.dw.jobs.nightly.NightlyRun;
import no.hdo.dw.jobs.nightly.RunReport;
import no.hdo.dw.jobs.output.OutputFormat;
import no.hdo.dw.jobs.output.ResultTable;
import no.hdo.dw.jobs.output.TableRenderer;
import no.hdo.dw.jobs.trend.TrendMetric;
import no.hdo.dw.jobs.trend.TrendQuery;
import no.hdo.dw.warehouse.Home;

/**
 * {@code hdo-dw demo [--out DIR]}: writes the demo inbox (February 2025 – February 2026), runs the
 * nightly job on it into a demo home, and prints the report's tables.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Write the demo inbox, run the nightly job on it, and print the report's tables.")
public final class DemoCommand implements Callable<Integer> {

    static final LocalDate DEMO_RUN_DATE = LocalDate.of(2026, 3, 1);
    static final YearMonth REPORT_MONTH = YearMonth.of(2026, 2);

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write the demo inbox and home (default: a new temporary folder).")
    Path out;

    @Option(names = "--home", paramLabel = "DIR", description = "The demo home (default: <out>/home).")
    Path home;

    @Override
    public Integer call() throws IOException {
        Path folder = out != null ? out : Files.createTempDirectory("hdo-dw-demo-");
        Path inbox = folder.resolve("inbox");
        Home demoHome = new Home(home != null ? home : folder.resolve("home"));
        System.out.println("Writing the demo inbox to " + inbox);
        DemoInbox.Summary summary = DemoInbox.write(inbox);
        System.out.printf("%d files, %d records, of which %d bad on purpose (they must be quarantined)%n",
                summary.filesWritten(), summary.recordsWritten(), summary.badRecordsWritten());
        // The demo's staff data is pseudonymised under the demo's own key (printed with the staff figures).
        RunReport report = NightlyRun.run(demoHome, inbox, DEMO_RUN_DATE, no.hdo.dw.pipeline.turnus.PseudonymKey.demo());
        RunReportPrinter.print(report, System.out);
        if (!report.published()) {
            System.out.println("The demo run published nothing; see the run report above.");
            return 1;
        }
        System.out.println();
        System.out.println("Completed video calls, 13 months to " + REPORT_MONTH + " (hdo-dw trend video-calls --to " + REPORT_MONTH + "):");
        ResultTable videoCalls = TrendQuery.read(demoHome.publishedWarehouse(), TrendMetric.VIDEO_CALLS, REPORT_MONTH, 13);
        System.out.print(TableRenderer.render(videoCalls, OutputFormat.TABLE));
        long januaryAndFebruary = videoCalls.rows().subList(11, 13).stream()
                .mapToLong(row -> ((Number) row.get(3)).longValue()).sum();
        System.out.printf("Completed video calls, January and February 2026, both platforms: %s%n",
                String.format("%,d", januaryAndFebruary).replace(',', ' '));
        LedgerDemoReport.print(demoHome.publishedWarehouse(), System.out);
        StaffDemoReport.print(demoHome.publishedWarehouse(), REPORT_MONTH, System.out);
        AmlDemoReport.print(demoHome.publishedWarehouse(), REPORT_MONTH, System.out);
        ServicesDemoReport.print(demoHome.publishedWarehouse(), REPORT_MONTH, System.out);
        System.out.println();
        System.out.println("Demo home: " + demoHome.root() + " (try: ./hdo-dw trend video-calls --to 2026-02 --home " + demoHome.root() + ")");
        return 0;
    }
}
