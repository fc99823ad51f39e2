package no.hdo.dw.jobs.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import no.hdo.dw.jobs.output.TableRenderer;
import no.hdo.dw.jobs.report.AmlBreachesReportQuery;

/** {@code hdo-dw report aml-breaches --from yyyy-MM --to yyyy-MM [--format F]}: breaches per rule and month. */
@Command(name = "aml-breaches", mixinStandardHelpOptions = true,
        description = "Working-time breaches per rule and month, every rule in the report's order, zeros included.")
public final class AmlBreachesReportCommand implements Callable<Integer> {

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
        spec.commandLine().getOut().print(TableRenderer.render(
                AmlBreachesReportQuery.read(home.home().publishedWarehouse(), months.from(), months.to()), format.format()));
        return 0;
    }
}
