package no.hdo.dw.jobs.cli;

import java.time.YearMonth;
import java.util.concurrent.Callable;
import no.hdo.dw.jobs.output.TableRenderer;
import no.hdo.dw.jobs.trend.TrendMetric;
import no.hdo.dw.jobs.trend.TrendQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hdo-dw trend METRIC --to yyyy-MM [--months N] [--format F]}, from the published warehouse. */
@Command(
        name = "trend",
        mixinStandardHelpOptions = true,
        description = "A trend table ending at month --to, N months long, read from the published warehouse.")
public final class TrendCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    HomeOption home;

    @Parameters(
            index = "0",
            paramLabel = "METRIC",
            description =
                    "video-calls, sick-leave, aml-breaches, overtime, callout-hours, medielogg-uptime, lifex-rollout, headcount")
    TrendMetric metric;

    @Option(names = "--to", required = true, paramLabel = "yyyy-MM", description = "The last month of the trend.")
    YearMonth to;

    @Option(
            names = "--months",
            paramLabel = "N",
            defaultValue = "13",
            description = "How many months (default: ${DEFAULT-VALUE}).")
    int months;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() {
        spec.commandLine()
                .getOut()
                .print(TableRenderer.render(
                        TrendQuery.read(home.home().publishedWarehouse(), metric, to, months), format.format()));
        return 0;
    }
}
