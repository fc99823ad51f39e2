package no.hdo.dw.jobs.cli;

import java.time.YearMonth;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import no.hdo.dw.jobs.output.OutputFormat;
import no.hdo.dw.jobs.output.TableRenderer;
import no.hdo.dw.jobs.report.AmlBreachesReportQuery;

/** {@code hdo-dw report aml-breaches --from yyyy-MM --to yyyy-MM [--format F]}: breaches per rule and month. */
@Command(name = "aml-breaches", mixinStandardHelpOptions = true,
        description = "Working-time breaches per rule and month, every rule in the report's order, zeros included.")
public final class AmlBreachesReportCommand implements Callable<Integer> {

    @Mixin
    HomeOption home;

    @Mixin
    MonthRangeOptions months;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() {
        OutputFormat outputFormat = format.resolve();
        YearMonth fromMonth = months.from();
        YearMonth toMonth = months.to();
        System.out.print(TableRenderer.render(
                AmlBreachesReportQuery.read(home.resolve().publishedWarehouse(), fromMonth, toMonth), outputFormat));
        return 0;
    }
}
