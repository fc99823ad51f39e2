package no.hdo.dw.jobs.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import no.hdo.dw.jobs.output.OutputFormat;
import no.hdo.dw.jobs.output.ResultTable;
import no.hdo.dw.jobs.output.TableRenderer;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A report table of one month ({@code --month yyyy-MM [--format F] [--home DIR]}): the options and
 * the printing of {@code report finance} and {@code report key-figures}, which differ only in the
 * table they read. Formats for people get the Norwegian names of the figures.
 */
abstract class MonthTableCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    HomeOption home;

    @Mixin
    ReportMonthOption month;

    @Mixin
    FormatOption format;

    /** The table of {@code month} from the published warehouse. */
    abstract ResultTable read(Path publishedWarehouse, YearMonth month, boolean norwegianNames);

    @Override
    public final Integer call() {
        OutputFormat outputFormat = format.format();
        ResultTable table = read(home.home().publishedWarehouse(), month.month(), outputFormat.isForPeople());
        spec.commandLine().getOut().print(TableRenderer.render(table, outputFormat));
        return 0;
    }
}
