package no.hdo.dw.jobs.cli;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import no.hdo.dw.jobs.output.OutputFormat;
import no.hdo.dw.jobs.output.TableRenderer;
import no.hdo.dw.jobs.report.ResultReport;

/** {@code hdo-dw report result --from yyyy-MM --to yyyy-MM [--format F]}: result vs budget, one year. */
@Command(name = "result", mixinStandardHelpOptions = true,
        description = "Result vs budget per report line for the months --from..--to of one year, with year to date and the annual budget.")
public final class ResultReportCommand implements Callable<Integer> {

    @Mixin
    HomeOption home;

    @Option(names = "--from", required = true, paramLabel = "yyyy-MM", description = "The first month of the period.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "yyyy-MM", description = "The last month of the period (same year).")
    String to;

    @Option(names = "--format", paramLabel = "F", defaultValue = "table", description = "table (default, MNOK), csv, markdown or json (NOK).")
    String format;

    @Override
    public Integer call() {
        OutputFormat outputFormat = OutputFormat.parse(format);
        YearMonth fromMonth = month("--from", from);
        YearMonth toMonth = month("--to", to);
        System.out.print(TableRenderer.render(ResultReport.read(home.resolve().publishedWarehouse(), fromMonth, toMonth), outputFormat));
        return 0;
    }

    static YearMonth month(String option, String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " must be a month yyyy-MM, not '" + text + "'");
        }
    }
}
