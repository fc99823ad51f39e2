package no.hdo.dw.jobs.cli;

import java.util.concurrent.Callable;
import no.hdo.dw.jobs.output.OutputFormat;
import no.hdo.dw.jobs.output.TableRenderer;
import no.hdo.dw.jobs.report.KeyFiguresReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code hdo-dw report key-figures --month yyyy-MM [--format F]}: the report's "Nøkkeltall i foretaket". */
@Command(
        name = "key-figures",
        mixinStandardHelpOptions = true,
        description = {
            "Sick leave, working-time breaches, overtime and call-out hours for each month January..--month and the year to date, with the targets.",
            "csv header: figure,period,value,target,meets_target (period yyyy-MM or ytd)."
        })
public final class KeyFiguresReportCommand implements Callable<Integer> {

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
                        KeyFiguresReport.read(home.home().publishedWarehouse(), month.month(), human), outputFormat));
        return 0;
    }
}
