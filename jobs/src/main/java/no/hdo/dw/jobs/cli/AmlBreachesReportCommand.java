package no.hdo.dw.jobs.cli;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import no.hdo.dw.jobs.output.OutputFormat;
import no.hdo.dw.jobs.output.TableRenderer;
import no.hdo.dw.jobs.report.AmlBreachesReportQuery;

/** {@code hdo-dw report aml-breaches --from yyyy-MM --to yyyy-MM [--format F]}: breaches per rule and month. */
@Command(name = "aml-breaches", mixinStandardHelpOptions = true,
        description = "Working-time breaches per rule and month, every rule in the report's order, zeros included.")
public final class AmlBreachesReportCommand implements Callable<Integer> {

    @Mixin
    HomeOption home;

    @Option(names = "--from", required = true, paramLabel = "yyyy-MM", description = "The first month.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "yyyy-MM", description = "The last month.")
    String to;

    @Option(names = "--format", paramLabel = "F", defaultValue = "table", description = "table (default), csv, markdown or json.")
    String format;

    @Override
    public Integer call() {
        OutputFormat outputFormat = OutputFormat.parse(format);
        YearMonth fromMonth = month("--from", from);
        YearMonth toMonth = month("--to", to);
        System.out.print(TableRenderer.render(
                AmlBreachesReportQuery.read(home.resolve().publishedWarehouse(), fromMonth, toMonth), outputFormat));
        return 0;
    }

    private static YearMonth month(String option, String value) {
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " must be a month yyyy-MM, not '" + value + "'");
        }
    }
}
