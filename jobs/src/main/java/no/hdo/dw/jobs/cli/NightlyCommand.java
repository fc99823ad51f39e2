package no.hdo.dw.jobs.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import no.hdo.dw.jobs.nightly.NightlyParameters;
import no.hdo.dw.jobs.nightly.NightlyRun;
import no.hdo.dw.jobs.nightly.RunReport;
import no.hdo.dw.pipeline.turnus.PseudonymKey;
import no.hdo.dw.warehouse.Home;
import no.hdo.dw.warehouse.MonthRange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code hdo-dw nightly --inbox DIR [--date yyyy-MM-dd]}. */
@Command(
        name = "nightly",
        mixinStandardHelpOptions = true,
        description = {
            "Land new files from every source, rebuild the star schemas and views, run the data tests, publish.",
            "Exit status: 0 all landed and published; 1 nothing published (the previous publication stays);",
            "3 published, but some file or record was rejected (the run report says which);",
            "4 published, but a feed is past its freshness error threshold (the run report names it; 3 and 4: 4);",
            "2 bad arguments, turnus files in the inbox and no pseudonym key, or another key than the home's (see --rekey)."
        })
public final class NightlyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    HomeOption home;

    @Option(
            names = "--inbox",
            required = true,
            paramLabel = "DIR",
            description = "The inbox: <inbox>/<source>/<feed>/<file>.")
    Path inbox;

    @Option(names = "--date", paramLabel = "yyyy-MM-dd", description = "The run date (default: today).")
    LocalDate date;

    @Option(
            names = "--pseudonym-key-file",
            paramLabel = "FILE",
            description = "The key that turns employee numbers into pseudonyms (default: $"
                    + PseudonymKey.ENVIRONMENT_VARIABLE + "). "
                    + "Without a key, a run whose inbox holds turnus files refuses to start (exit 2).")
    Path pseudonymKeyFile;

    @Mixin
    NightlyTuningOptions tuning;

    @Option(
            names = "--rekey",
            description = "Move to a new pseudonym key on purpose: the turnus data made under the old key is "
                    + "moved to landing-retired/ and every turnus file in the inbox is landed anew under the new key.")
    boolean rekey;

    @Option(
            names = "--full-refresh",
            description = "Rebuild every model from the whole landing archive, instead of keeping what the night's"
                    + " files do not touch and merging the new files into the incremental models; every published"
                    + " table is computed again too.")
    boolean fullRefresh;

    @Option(
            names = "--rebuild-months",
            paramLabel = "yyyy-MM[..yyyy-MM]",
            description = "Compute the rows of these months again from the whole landing archive in the incremental"
                    + " models (the video and media-log calls, the ledger's postings, the shifts, absences and"
                    + " working-time breaches), and build every other table"
                    + " whole: a repair that"
                    + " costs less than --full-refresh.")
    MonthRange rebuildMonths;

    @Override
    public Integer call() {
        if (fullRefresh && rebuildMonths != null) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--full-refresh rebuilds every month already: give --rebuild-months without it");
        }
        if (!Files.isDirectory(inbox)) {
            throw new ParameterException(spec.commandLine(), "the inbox " + inbox + " is not a folder");
        }
        NightlyParameters parameters = tuning.applyTo(
                        NightlyParameters.of(inbox, date == null ? LocalDate.now() : date))
                .withPseudonymKeySource(
                        pseudonymKeyFile == null
                                ? NightlyParameters.DEFAULT_PSEUDONYM_KEY_SOURCE
                                : PseudonymKey.fileSource(pseudonymKeyFile))
                .withRekey(rekey)
                .withFullRefresh(fullRefresh)
                .withRebuildMonths(rebuildMonths);
        Home theHome = home.home();
        Path[] logFile = new Path[1];
        RunReport report = NightlyRun.run(theHome, parameters, file -> logFile[0] = file);
        PrintWriter out = spec.commandLine().getOut();
        RunReportPrinter.print(report, out);
        out.println("Run report: " + theHome.runReports().resolve("run-" + report.runId() + ".json"));
        if (logFile[0] != null) {
            out.println("Log: " + logFile[0]);
        }
        return report.exitCode();
    }
}
