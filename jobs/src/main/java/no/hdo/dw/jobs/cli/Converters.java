package no.hdo.dw.jobs.cli;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import no.hdo.dw.jobs.output.OutputFormat;
import no.hdo.dw.jobs.trend.TrendMetric;
import no.hdo.dw.warehouse.MonthRange;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The command line's own types, converted by picocli with these reasons. {@link ExitCodes} puts the
 * option's name in front: {@code --to must be a month yyyy-MM, not '2026-13'}.
 */
final class Converters {

    private Converters() {}

    /** Registers every converter with {@code commandLine} and its subcommands. */
    static CommandLine registerAll(CommandLine commandLine) {
        return commandLine
                .registerConverter(YearMonth.class, MONTH)
                .registerConverter(LocalDate.class, DATE)
                .registerConverter(OutputFormat.class, FORMAT)
                .registerConverter(TrendMetric.class, METRIC)
                .registerConverter(MonthRange.class, MONTH_RANGE);
    }

    /** {@code yyyy-MM}. */
    static final ITypeConverter<YearMonth> MONTH = iso(YearMonth::parse, "a month yyyy-MM");

    /** {@code yyyy-MM-dd}. */
    static final ITypeConverter<LocalDate> DATE = iso(LocalDate::parse, "a date yyyy-MM-dd");

    /** {@code table}, {@code csv}, {@code markdown} or {@code json}, as {@link OutputFormat#parse} takes them. */
    static final ITypeConverter<OutputFormat> FORMAT = parsing(OutputFormat::parse);

    /** A metric's command-line name, e.g. {@code video-calls}. */
    static final ITypeConverter<TrendMetric> METRIC = parsing(TrendMetric::parse);

    /** {@code yyyy-MM..yyyy-MM} or {@code yyyy-MM}. */
    static final ITypeConverter<MonthRange> MONTH_RANGE = parsing(MonthRange::parse);

    /** A java.time value in its ISO form; {@code what} names it in the reason. */
    private static <T> ITypeConverter<T> iso(Function<String, T> parse, String what) {
        return value -> {
            try {
                return parse.apply(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("must be " + what + ", not '" + value + "'");
            }
        };
    }

    /** A type whose {@code parse} says why a text is not one, in an {@link IllegalArgumentException}. */
    private static <T> ITypeConverter<T> parsing(Function<String, T> parse) {
        return value -> {
            try {
                return parse.apply(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        };
    }
}
