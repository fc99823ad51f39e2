package no.hdo.dw.jobs.cli;

import java.util.concurrent.Callable;
import no.hdo.dw.jobs.output.OutputFormat;
import no.hdo.dw.jobs.output.TableRenderer;
import no.hdo.dw.jobs.report.AmlBreachesReportQuery;
import no.hdo.dw.jobs.report.AmlBreachesSummaryReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hdo-dw report aml-breaches --from yyyy-MM --to yyyy-MM [--summary] [--format F]}: breaches per
 * rule and month, or with {@code --summary} per rule over the months with their share of all breaches.
 */
@Command(
        name = "aml-breaches",
        mixinStandardHelpOptions = true,
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

    @Option(
            names = "--summary",
            description = "Breaches per rule over the months and their share of all breaches, with the total.")
    boolean summary;

    @Override
    public Integer call() {
        OutputFormat outputFormat = format.format();
        if (summary) {
            boolean human = outputFormat.isForPeople();
            spec.commandLine()
                    .getOut()
                    .print(TableRenderer.render(
                            AmlBreachesSummaryReport.read(
                                    home.home().publishedWarehouse(), months.from(), months.to(), human),
                            outputFormat));
            return 0;
        }
        spec.commandLine()
                .getOut()
                .print(TableRenderer.render(
                        AmlBreachesReportQuery.read(home.home().publishedWarehouse(), months.from(), months.to()),
                        outputFormat));
        return 0;
    }
}
