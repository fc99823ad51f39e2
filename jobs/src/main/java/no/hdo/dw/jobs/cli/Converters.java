package no.hdo.dw.jobs.cli;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
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
                .registerConverter(YearMonth.class, new MonthConverter())
                .registerConverter(LocalDate.class, new DateConverter())
                .registerConverter(OutputFormat.class, new FormatConverter())
                .registerConverter(TrendMetric.class, new MetricConverter())
                .registerConverter(MonthRange.class, new MonthRangeConverter());
    }

    /** {@code yyyy-MM}. */
    static final class MonthConverter implements ITypeConverter<YearMonth> {
        @Override
        public YearMonth convert(String value) {
            try {
                return YearMonth.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("must be a month yyyy-MM, not '" + value + "'");
            }
        }
    }

    /** {@code yyyy-MM..yyyy-MM} or {@code yyyy-MM}. */
    static final class MonthRangeConverter implements ITypeConverter<MonthRange> {
        @Override
        public MonthRange convert(String value) {
            try {
                return MonthRange.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** {@code yyyy-MM-dd}. */
    static final class DateConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("must be a date yyyy-MM-dd, not '" + value + "'");
            }
        }
    }

    /** {@code table}, {@code csv}, {@code markdown} or {@code json}, as {@link OutputFormat#parse} takes them. */
    static final class FormatConverter implements ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            try {
                return OutputFormat.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** A metric's command-line name, e.g. {@code video-calls}. */
    static final class MetricConverter implements ITypeConverter<TrendMetric> {
        @Override
        public TrendMetric convert(String value) {
            try {
                return TrendMetric.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
