package no.hdo.dw.jobs.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import no.hdo.dw.jobs.nightly.NightlyOptions;
import no.hdo.dw.jobs.nightly.NightlyRun;
import no.hdo.dw.jobs.nightly.RunReport;
import no.hdo.dw.pipeline.turnus.PseudonymKey;

/** {@code hdo-dw nightly --inbox DIR [--date yyyy-MM-dd]}. */
@Command(name = "nightly", mixinStandardHelpOptions = true,
        description = {"Land new files from every source, rebuild the star schemas and views, run the data tests, publish.",
                "Exit status: 0 all landed and published; 1 nothing published (the previous publication stays);",
                "3 published, but some file or record was rejected (the run report says which);",
                "2 bad arguments, or turnus files in the inbox and no pseudonym key."})
public final class NightlyCommand implements Callable<Integer> {

    @Mixin
    HomeOption home;

    @Option(names = "--inbox", required = true, paramLabel = "DIR", description = "The inbox: <inbox>/<source>/<feed>/<file>.")
    Path inbox;

    @Option(names = "--date", paramLabel = "yyyy-MM-dd", description = "The run date (default: today).")
    LocalDate date;

    @Option(names = "--pseudonym-key-file", paramLabel = "FILE",
            description = "The key that turns employee numbers into pseudonyms (default: $HDO_DW_PSEUDONYM_KEY). "
                    + "Without a key, a run whose inbox holds turnus files refuses to start (exit 2).")
    Path pseudonymKeyFile;

    @Option(names = "--min-persons", paramLabel = "N",
            description = "Published figures about fewer persons than this are suppressed (default: $HDO_DW_MIN_PERSONS, else 5; "
                    + "never below 5).")
    Integer minPersons;

    @Override
    public Integer call() {
        if (!Files.isDirectory(inbox)) {
            throw new IllegalArgumentException("the inbox " + inbox + " is not a folder");
        }
        // the option wins over HDO_DW_MIN_PERSONS, which is then not read
        int fewestPersons = minPersons != null
                ? NightlyOptions.checkMinPersons("--min-persons", minPersons)
                : NightlyOptions.minPersons(System.getenv());
        PseudonymKey key = pseudonymKeyFile != null
                ? PseudonymKey.fromFile(pseudonymKeyFile)
                : PseudonymKey.fromEnvironment(System.getenv()).orElse(null);
        NightlyOptions options = new NightlyOptions(key, fewestPersons);
        RunReport report = NightlyRun.run(home.resolve(), inbox, date == null ? LocalDate.now() : date, options);
        RunReportPrinter.print(report, System.out);
        return report.exitCode();
    }
}
