package no.hdo.dw.jobs.cli;

import java.time.YearMonth;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import no.hdo.dw.jobs.output.OutputFormat;
import no.hdo.dw.jobs.output.TableRenderer;
import no.hdo.dw.jobs.report.ResultReport;

/** {@code hdo-dw report result --from yyyy-MM --to yyyy-MM [--format F]}: result vs budget, one year. */
@Command(name = "result", mixinStandardHelpOptions = true,
        description = {"Result vs budget per report line for the months --from..--to of one year, with year to date and the annual budget.",
                "The table is in MNOK; csv, markdown and json in NOK."})
public final class ResultReportCommand implements Callable<Integer> {

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
        System.out.print(TableRenderer.render(ResultReport.read(home.resolve().publishedWarehouse(), fromMonth, toMonth), outputFormat));
        return 0;
    }
}
