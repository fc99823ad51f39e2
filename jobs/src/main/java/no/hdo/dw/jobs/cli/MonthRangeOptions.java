package no.hdo.dw.jobs.cli;

import java.time.YearMonth;
import picocli.CommandLine.Option;

/** {@code --from yyyy-MM --to yyyy-MM}, shared by the reports over a range of months. */
public final class MonthRangeOptions {

    @Option(names = "--from", required = true, paramLabel = "yyyy-MM", description = "The first month.")
    YearMonth from;

    @Option(names = "--to", required = true, paramLabel = "yyyy-MM", description = "The last month.")
    YearMonth to;

    public YearMonth from() {
        return from;
    }

    public YearMonth to() {
        return to;
    }
}
