package no.hdo.dw.jobs.cli;

import java.util.concurrent.Callable;
import no.hdo.dw.jobs.output.TableRenderer;
import no.hdo.dw.jobs.report.ResultReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code hdo-dw report result --from yyyy-MM --to yyyy-MM [--format F]}: result vs budget, one year. */
@Command(
        name = "result",
        mixinStandardHelpOptions = true,
        description = {
            "Result vs budget per report line for the months --from..--to of one year, with year to date and the annual budget.",
            "The table is in MNOK; csv, markdown and json in NOK."
        })
public final class ResultReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    HomeOption home;

    @Mixin
    MonthRangeOptions months;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() {
        spec.commandLine()
                .getOut()
                .print(TableRenderer.render(
                        ResultReport.read(home.home().publishedWarehouse(), months.from(), months.to()),
                        format.format()));
        return 0;
    }
}
