package no.hdo.dw.jobs.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import no.hdo.dw.jobs.output.ResultTable;
import no.hdo.dw.jobs.report.FinanceReport;
import picocli.CommandLine.Command;

/** {@code hdo-dw report finance --month yyyy-MM [--format F]}: liquidity and the year's activated investments. */
@Command(
        name = "finance",
        mixinStandardHelpOptions = true,
        description = {
            "Liquidity (bank and cash) at the end of --month against the wanted minimum, and the year's activated investments.",
            "The table is in MNOK; csv and json in NOK. csv header: figure,value."
        })
public final class FinanceReportCommand extends MonthTableCommand {

    @Override
    ResultTable read(Path publishedWarehouse, YearMonth month, boolean norwegianNames) {
        return FinanceReport.read(publishedWarehouse, month, norwegianNames);
    }
}
