package no.hdo.dw.jobs.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import no.hdo.dw.jobs.output.ResultTable;
import no.hdo.dw.jobs.report.KeyFiguresReport;
import picocli.CommandLine.Command;

/** {@code hdo-dw report key-figures --month yyyy-MM [--format F]}: the report's "Nøkkeltall i foretaket". */
@Command(
        name = "key-figures",
        mixinStandardHelpOptions = true,
        description = {
            "Sick leave, working-time breaches, overtime and call-out hours for each month January..--month and the year to date, with the targets.",
            "csv header: figure,period,value,target,meets_target (period yyyy-MM or ytd)."
        })
public final class KeyFiguresReportCommand extends MonthTableCommand {

    @Override
    ResultTable read(Path publishedWarehouse, YearMonth month, boolean norwegianNames) {
        return KeyFiguresReport.read(publishedWarehouse, month, norwegianNames);
    }
}
