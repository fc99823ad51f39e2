package no.hdo.dw.jobs.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import no.hdo.dw.jobs.nightly.NightlyRun;
import no.hdo.dw.jobs.nightly.RunReport;

/** {@code hdo-dw nightly --inbox DIR [--date yyyy-MM-dd]}. */
@Command(name = "nightly", mixinStandardHelpOptions = true,
        description = {"Land new files from every source, rebuild the star schemas and views, run the data tests, publish.",
                "Exit status: 0 all landed and published; 1 nothing published (the previous publication stays);",
                "3 published, but some file or record was rejected (the run report says which)."})
public final class NightlyCommand implements Callable<Integer> {

    @Mixin
    HomeOption home;

    @Option(names = "--inbox", required = true, paramLabel = "DIR", description = "The inbox: <inbox>/<source>/<feed>/<file>.")
    Path inbox;

    @Option(names = "--date", paramLabel = "yyyy-MM-dd", description = "The run date (default: today).")
    LocalDate date;

    @Override
    public Integer call() {
        if (!Files.isDirectory(inbox)) {
            throw new IllegalArgumentException("the inbox " + inbox + " is not a folder");
        }
        RunReport report = NightlyRun.run(home.resolve(), inbox, date == null ? LocalDate.now() : date);
        RunReportPrinter.print(report, System.out);
        return report.exitCode();
    }
}
