package no.hdo.dw.jobs.cli;

import java.time.YearMonth;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import no.hdo.dw.jobs.output.OutputFormat;
import no.hdo.dw.jobs.output.TableRenderer;
import no.hdo.dw.jobs.trend.TrendMetric;
import no.hdo.dw.jobs.trend.TrendQuery;

/** {@code hdo-dw trend METRIC --to yyyy-MM [--months N] [--format F]}, from the published warehouse. */
@Command(name = "trend", mixinStandardHelpOptions = true,
        description = "A trend table ending at month --to, N months long, read from the published warehouse.")
public final class TrendCommand implements Callable<Integer> {

    @Mixin
    HomeOption home;

    @Parameters(index = "0", paramLabel = "METRIC",
            description = "video-calls, sick-leave, aml-breaches, overtime, callout-hours, medielogg-uptime, lifex-rollout, headcount")
    String metric;

    @Option(names = "--to", required = true, paramLabel = "yyyy-MM", description = "The last month of the trend.")
    String to;

    @Option(names = "--months", paramLabel = "N", defaultValue = "13", description = "How many months (default: 13).")
    int months;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() {
        OutputFormat outputFormat = format.resolve();
        TrendMetric trendMetric = TrendMetric.parse(metric);
        YearMonth toMonth = MonthRangeOptions.month("--to", to);
        System.out.print(TableRenderer.render(TrendQuery.read(home.resolve().publishedWarehouse(), trendMetric, toMonth, months), outputFormat));
        return 0;
    }
}
