package no.hdo.dw.jobs.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import no.hdo.dw.demo.DemoInbox;
import no.hdo.dw.jobs.demo.AmlDemoReport;
import no.hdo.dw.jobs.demo.LedgerDemoReport;
import no.hdo.dw.jobs.demo.ServicesDemoReport;
import no.hdo.dw.jobs.demo.StaffDemoReport;
import no.hdo.dw.jobs.demo.VideoDemoReport;
import no.hdo.dw.jobs.nightly.NightlyParameters;
import no.hdo.dw.jobs.nightly.NightlyRun;
import no.hdo.dw.jobs.nightly.RunReport;
import no.hdo.dw.jobs.output.OutputFormat;
import no.hdo.dw.jobs.output.ResultTable;
import no.hdo.dw.jobs.output.TableRenderer;
import no.hdo.dw.jobs.pack.ReportPack;
import no.hdo.dw.jobs.trend.TrendMetric;
import no.hdo.dw.jobs.trend.TrendQuery;
import no.hdo.dw.pipeline.turnus.PseudonymKey;
import no.hdo.dw.warehouse.Home;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hdo-dw demo [--out DIR]}: writes the demo inbox (February 2025 – February 2026), runs the
 * nightly job on it into a demo home, prints the report's tables and writes the report pack of
 * February 2026 beside the home.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description =
                "Write the demo inbox, run the nightly job on it, print the report's tables and write its report pack.")
public final class DemoCommand implements Callable<Integer> {

    static final LocalDate DEMO_RUN_DATE = LocalDate.of(2026, 3, 1);
    static final YearMonth REPORT_MONTH = YearMonth.of(2026, 2);

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "Where to write the demo inbox and home (default: a new temporary folder).")
    Path outFolder;

    @Option(names = "--home", paramLabel = "DIR", description = "The demo home (default: <out>/home).")
    Path home;

    @Option(
            names = "--duckdb-memory-limit",
            paramLabel = "SIZE",
            defaultValue = NightlyParameters.DUCKDB_MEMORY_LIMIT_OPTION_DEFAULT,
            description =
                    "Caps DuckDB's native memory, e.g. 4GB (default: $" + NightlyParameters.DUCKDB_MEMORY_LIMIT_VARIABLE
                            + ", else a quarter of the machine's memory, at least 256MiB, at most 1GiB).")
    String duckdbMemoryLimit;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path folder = outFolder != null ? outFolder : Files.createTempDirectory("hdo-dw-demo-");
        Path inbox = folder.resolve("inbox");
        Home demoHome = new Home(home != null ? home : folder.resolve("home"));
        out.println("Writing the demo inbox to " + inbox);
        DemoInbox.Summary summary = DemoInbox.write(inbox);
        out.printf(
                "%d files, %d records, of which %d bad on purpose (they must be quarantined)%n",
                summary.filesWritten(), summary.recordsWritten(), summary.badRecordsWritten());
        // The demo's staff data is pseudonymised under the demo's own key (printed with the staff figures).
        RunReport report = NightlyRun.run(
                demoHome,
                NightlyParameters.of(inbox, DEMO_RUN_DATE)
                        .withPseudonymKeySource(PseudonymKey.DEMO_SOURCE)
                        .withDuckdbMemoryLimit(duckdbMemoryLimit));
        RunReportPrinter.print(report, out);
        if (!report.published()) {
            out.println("The demo run published nothing; see the run report above.");
            return 1;
        }
        out.println();
        out.println("Completed video calls, 13 months to " + REPORT_MONTH + " (hdo-dw trend video-calls --to "
                + REPORT_MONTH + "):");
        ResultTable videoCalls =
                TrendQuery.read(demoHome.publishedWarehouse(), TrendMetric.VIDEO_CALLS, REPORT_MONTH, 13);
        out.print(TableRenderer.render(videoCalls, OutputFormat.TABLE));
        long januaryAndFebruary = VideoDemoReport.yearToDateCompletedCalls(demoHome.publishedWarehouse(), REPORT_MONTH);
        out.printf(
                "Completed video calls, January and February 2026, both platforms: %s%n",
                String.format("%,d", januaryAndFebruary).replace(',', ' '));
        LedgerDemoReport.print(demoHome.publishedWarehouse(), out);
        StaffDemoReport.print(demoHome.publishedWarehouse(), REPORT_MONTH, out);
        AmlDemoReport.print(demoHome.publishedWarehouse(), REPORT_MONTH, out);
        ServicesDemoReport.print(demoHome.publishedWarehouse(), REPORT_MONTH, out);
        // Next to the home, where the report author finds it, not inside the home with the run state.
        ReportPack.Written pack = ReportPack.write(demoHome, REPORT_MONTH, packFolder(demoHome));
        out.println();
        out.println("Report pack of " + REPORT_MONTH + ": " + pack.document() + " (" + pack.figures()
                + " figures in figurer/, " + pack.tables() + " tables in tabeller/)");
        out.println("Demo home: " + demoHome.root() + " (try: ./hdo-dw trend video-calls --to 2026-02 --home "
                + demoHome.root() + ")");
        return 0;
    }

    /** {@code report-pack-2026-02/} beside the demo home. */
    public static Path packFolder(Home demoHome) {
        return demoHome.root().toAbsolutePath().getParent().resolve("report-pack-" + REPORT_MONTH);
    }
}
