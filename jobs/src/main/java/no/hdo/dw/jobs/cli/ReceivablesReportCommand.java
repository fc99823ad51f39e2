package no.hdo.dw.jobs.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import no.hdo.dw.jobs.output.OutputFormat;
import no.hdo.dw.jobs.output.TableRenderer;
import no.hdo.dw.jobs.report.ReceivablesReport;

/** {@code hdo-dw report receivables --as-of yyyy-MM-dd [--format F]}: customer receivables by aging bucket. */
@Command(name = "receivables", mixinStandardHelpOptions = true,
        description = {"Customer receivables by aging bucket, from the open-items snapshot of --as-of.",
                "The table is in 1000 NOK; csv, markdown and json in NOK."})
public final class ReceivablesReportCommand implements Callable<Integer> {

    @Mixin
    HomeOption home;

    @Option(names = "--as-of", required = true, paramLabel = "yyyy-MM-dd", description = "The as-of date of the open-items snapshot.")
    String asOf;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() {
        OutputFormat outputFormat = format.resolve();
        LocalDate asOfDate;
        try {
            asOfDate = LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--as-of must be a date yyyy-MM-dd, not '" + asOf + "'");
        }
        System.out.print(TableRenderer.render(ReceivablesReport.read(home.resolve().publishedWarehouse(), asOfDate), outputFormat));
        return 0;
    }
}
