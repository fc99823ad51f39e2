package no.hdo.dw.jobs.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import no.hdo.dw.jobs.output.TableRenderer;
import no.hdo.dw.jobs.report.ReceivablesReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hdo-dw report receivables --as-of yyyy-MM-dd [--format F]}: customer receivables by aging bucket. */
@Command(
        name = "receivables",
        mixinStandardHelpOptions = true,
        description = {
            "Customer receivables by aging bucket, from the open-items snapshot of --as-of.",
            "The table is in 1000 NOK; csv, markdown and json in NOK."
        })
public final class ReceivablesReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    HomeOption home;

    @Option(
            names = "--as-of",
            required = true,
            paramLabel = "yyyy-MM-dd",
            description = "The as-of date of the open-items snapshot.")
    LocalDate asOf;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() {
        spec.commandLine()
                .getOut()
                .print(TableRenderer.render(
                        ReceivablesReport.read(home.home().publishedWarehouse(), asOf), format.format()));
        return 0;
    }
}
