package no.hdo.dw.jobs.demo;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import no.hdo.dw.jobs.output.OutputFormat;
import no.hdo.dw.jobs.output.TableRenderer;
import no.hdo.dw.jobs.report.FinanceReport;
import no.hdo.dw.jobs.report.ReceivablesReport;
import no.hdo.dw.jobs.report.ResultReport;

/** The ledger's part of the demo's printout: the report's result, liquidity and receivables tables, as the report commands print them. */
public final class LedgerDemoReport {

    static final YearMonth FROM = YearMonth.of(2026, 1);
    static final YearMonth TO = YearMonth.of(2026, 2);
    static final LocalDate AS_OF = LocalDate.of(2026, 2, 28);

    private LedgerDemoReport() {}

    public static void print(Path publishedWarehouse, PrintWriter out) {
        out.println();
        out.println("Result vs budget, January-February 2026, MNOK (hdo-dw report result --from " + FROM + " --to " + TO
                + "):");
        out.print(TableRenderer.render(ResultReport.read(publishedWarehouse, FROM, TO), OutputFormat.TABLE));
        out.println();
        out.println("Liquidity and investments, " + TO + ", MNOK (hdo-dw report finance --month " + TO + "):");
        out.print(TableRenderer.render(FinanceReport.read(publishedWarehouse, TO, true), OutputFormat.TABLE));
        out.println();
        out.println(
                "Customer receivables at " + AS_OF + ", 1000 NOK (hdo-dw report receivables --as-of " + AS_OF + "):");
        out.print(TableRenderer.render(ReceivablesReport.read(publishedWarehouse, AS_OF), OutputFormat.TABLE));
    }
}
