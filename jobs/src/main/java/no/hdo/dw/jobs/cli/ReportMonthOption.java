package no.hdo.dw.jobs.cli;

import java.time.YearMonth;
import picocli.CommandLine.Option;

/** {@code --month yyyy-MM}, the report month of the commands that make one month's report. */
public final class ReportMonthOption {

    @Option(names = "--month", required = true, paramLabel = "yyyy-MM", description = "The report month.")
    YearMonth month;

    public YearMonth month() {
        return month;
    }
}
