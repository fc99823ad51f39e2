package no.hdo.dw.jobs.cli;

import java.util.concurrent.Callable;
import no.hdo.dw.jobs.output.OutputFormat;
import no.hdo.dw.jobs.output.TableRenderer;
import no.hdo.dw.jobs.report.FinanceReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code hdo-dw report finance --month yyyy-MM [--format F]}: liquidity and the year's activated investments. */
@Command(
        name = "finance",
        mixinStandardHelpOptions = true,
        description = {
            "Liquidity (bank and cash) at the end of --month against the wanted minimum, and the year's activated investments.",
            "The table is in MNOK; csv and json in NOK. csv header: figure,value."
        })
public final class FinanceReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    HomeOption home;

    @Mixin
    ReportMonthOption month;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() {
        OutputFormat outputFormat = format.format();
        boolean human = outputFormat.isForPeople();
        spec.commandLine()
                .getOut()
                .print(TableRenderer.render(
                        FinanceReport.read(home.home().publishedWarehouse(), month.month(), human), outputFormat));
        return 0;
    }
}
