package no.hdo.dw.jobs.cli;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import picocli.CommandLine.Option;

/** {@code --from yyyy-MM --to yyyy-MM}, shared by the reports over a range of months. */
public final class MonthRangeOptions {

    @Option(names = "--from", required = true, paramLabel = "yyyy-MM", description = "The first month.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "yyyy-MM", description = "The last month.")
    String to;

    public YearMonth from() {
        return month("--from", from);
    }

    public YearMonth to() {
        return month("--to", to);
    }

    /**
     * Parses a month option's value. Kept as text in the option, not converted by picocli, so that a
     * bad month gets our one-line reason naming the option, the same for every command.
     */
    static YearMonth month(String option, String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " must be a month yyyy-MM, not '" + text + "'");
        }
    }
}
