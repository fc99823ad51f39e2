package no.hdo.dw.jobs.cli;

import static no.hdo.dw.jobs.support.CommandLineRun.hdoDw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import no.hdo.dw.jobs.output.OutputFormat;
import no.hdo.dw.jobs.support.CommandLineRun.Captured;
import no.hdo.dw.jobs.trend.TrendMetric;
import no.hdo.dw.warehouse.MonthRange;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

/** The command line's types are converted by picocli with our reasons, and a bad value is one line naming the option. */
class ConvertersTests {

    @Test
    void monthsDatesFormatsAndMetricsConvert() throws Exception {
        assertThat(Converters.MONTH.convert("2026-02")).isEqualTo(YearMonth.of(2026, 2));
        assertThat(Converters.DATE.convert("2026-02-28")).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(Converters.FORMAT.convert("csv")).isEqualTo(OutputFormat.CSV);
        assertThat(Converters.METRIC.convert("video-calls")).isEqualTo(TrendMetric.VIDEO_CALLS);
        assertThat(Converters.MONTH_RANGE.convert("2025-11..2026-01"))
                .isEqualTo(new MonthRange(YearMonth.of(2025, 11), YearMonth.of(2026, 1)));
        assertThat(Converters.MONTH_RANGE.convert("2025-11"))
                .isEqualTo(new MonthRange(YearMonth.of(2025, 11), YearMonth.of(2025, 11)));
    }

    @Test
    void aBadValueGivesItsReason() {
        assertThatThrownBy(() -> Converters.MONTH.convert("2026-2"))
                .isInstanceOf(TypeConversionException.class)
                .hasMessage("must be a month yyyy-MM, not '2026-2'");
        assertThatThrownBy(() -> Converters.MONTH.convert("2026-02-01")).isInstanceOf(TypeConversionException.class);
        assertThatThrownBy(() -> Converters.DATE.convert("2026-02-30"))
                .isInstanceOf(TypeConversionException.class)
                .hasMessage("must be a date yyyy-MM-dd, not '2026-02-30'");
        assertThatThrownBy(() -> Converters.FORMAT.convert("xls"))
                .isInstanceOf(TypeConversionException.class)
                .hasMessageStartingWith("unknown format 'xls'; allowed: ");
        assertThatThrownBy(() -> Converters.MONTH_RANGE.convert("2025-11..2025-13"))
                .isInstanceOf(TypeConversionException.class)
                .hasMessage("must be months yyyy-MM..yyyy-MM or one month yyyy-MM, not '2025-11..2025-13'");
        assertThatThrownBy(() -> Converters.MONTH_RANGE.convert("2026-01..2025-11"))
                .isInstanceOf(TypeConversionException.class)
                .hasMessage("the months 2026-01..2025-11 end before they start: the first month comes first");
        assertThatThrownBy(() -> Converters.METRIC.convert("video-cals"))
                .isInstanceOf(TypeConversionException.class)
                .hasMessageStartingWith("unknown metric 'video-cals'; known: video-calls");
    }

    @Test
    void theCommandLineNamesTheOptionInOneLineAndExitsTwo() {
        // when each command is given a bad value (parsing fails before any home is opened)
        Captured month = hdoDw("trend", "video-calls", "--to", "2026-13");
        Captured date = hdoDw("report", "receivables", "--as-of", "28.02.2026");
        Captured format = hdoDw("report", "result", "--from", "2026-01", "--to", "2026-02", "--format", "xls");
        Captured metric = hdoDw("trend", "video-cals", "--to", "2026-02");
        Captured nightlyDate = hdoDw("nightly", "--inbox", ".", "--date", "2026-02-30");
        Captured count = hdoDw("trend", "video-calls", "--to", "2026-02", "--months", "many");
        Captured months = hdoDw("nightly", "--inbox", ".", "--rebuild-months", "2025-11..2025");
        Captured both = hdoDw("nightly", "--inbox", ".", "--full-refresh", "--rebuild-months", "2025-11");

        // then one line each, naming the option, and exit 2
        assertThat(month.errLines()).containsExactly("hdo-dw: --to must be a month yyyy-MM, not '2026-13'");
        assertThat(date.errLines()).containsExactly("hdo-dw: --as-of must be a date yyyy-MM-dd, not '28.02.2026'");
        assertThat(format.errLines())
                .singleElement()
                .asString()
                .startsWith("hdo-dw: --format: unknown format 'xls'; allowed: table");
        assertThat(metric.errLines())
                .singleElement()
                .asString()
                .startsWith("hdo-dw: unknown metric 'video-cals'; known: ");
        assertThat(nightlyDate.errLines())
                .containsExactly("hdo-dw: --date must be a date yyyy-MM-dd, not '2026-02-30'");
        assertThat(count.errLines())
                .singleElement()
                .asString()
                .startsWith("hdo-dw: --months: ")
                .contains("'many'");
        assertThat(months.errLines())
                .containsExactly("hdo-dw: --rebuild-months must be months yyyy-MM..yyyy-MM or one month yyyy-MM,"
                        + " not '2025-11..2025'");
        assertThat(both.errLines())
                .containsExactly(
                        "hdo-dw: --full-refresh rebuilds every month already: give --rebuild-months without it");
        assertThat(java.util.List.of(month, date, format, metric, nightlyDate, count, months, both))
                .allSatisfy(captured -> {
                    assertThat(captured.exitCode()).isEqualTo(2);
                    assertThat(captured.out()).isEmpty();
                });
    }
}
