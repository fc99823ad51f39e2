package no.hdo.dw.jobs.trend;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import no.hdo.dw.jobs.InvalidRequestException;
import no.hdo.dw.jobs.output.Column;
import no.hdo.dw.jobs.output.ColumnKind;

/**
 * The metrics of {@code hdo-dw trend} (cli.md): the reporting table each reads in the published
 * warehouse, and its columns after {@code month}. A metric whose source is not built yet says so.
 */
public enum TrendMetric {
    VIDEO_CALLS(
            "video-calls",
            "reporting.rpt_video_calls_monthly",
            List.of(
                    Column.of("bliksund", ColumnKind.COUNT),
                    Column.of("snla", ColumnKind.COUNT),
                    Column.of("total", ColumnKind.COUNT)),
            List.of("bliksund_completed_calls", "snla_completed_calls", "total_completed_calls")),
    SICK_LEAVE(
            "sick-leave",
            "reporting.rpt_turnus_sick_leave_monthly",
            List.of(
                    Column.of("short_term_pct", ColumnKind.PERCENT),
                    Column.of("long_term_pct", ColumnKind.PERCENT),
                    Column.of("total_pct", ColumnKind.PERCENT)),
            List.of("short_term_pct", "long_term_pct", "total_pct")),
    AML_BREACHES(
            "aml-breaches",
            "reporting.rpt_turnus_aml_breaches_monthly_total",
            List.of(Column.of("breaches", ColumnKind.COUNT)),
            List.of("breach_count")),
    OVERTIME(
            "overtime",
            "reporting.rpt_turnus_hours_monthly",
            List.of(Column.of("overtime_hours", ColumnKind.HOURS)),
            List.of("overtime_hours")),
    CALLOUT_HOURS(
            "callout-hours",
            "reporting.rpt_turnus_hours_monthly",
            List.of(Column.of("callout_hours", ColumnKind.HOURS)),
            List.of("callout_hours")),
    MEDIELOGG_UPTIME(
            "medielogg-uptime",
            "reporting.rpt_medielogg_uptime_monthly",
            List.of(Column.of("central_pct", ColumnKind.PERCENT), Column.of("end_user_pct", ColumnKind.PERCENT)),
            List.of("central_pct", "end_user_pct")),
    LIFEX_ROLLOUT(
            "lifex-rollout",
            "reporting.rpt_lifex_rollout_monthly",
            List.of(Column.of("cutovers", ColumnKind.COUNT), Column.of("cumulative", ColumnKind.COUNT)),
            List.of("cutovers", "cumulative")),
    HEADCOUNT(
            "headcount",
            "reporting.rpt_turnus_headcount_monthly",
            List.of(
                    Column.of("permanent", ColumnKind.COUNT),
                    Column.of("temporary", ColumnKind.COUNT),
                    Column.of("trainees", ColumnKind.COUNT),
                    Column.of("total", ColumnKind.COUNT),
                    Column.of("fte", ColumnKind.DECIMAL_2)),
            List.of("permanent_count", "temporary_count", "trainee_count", "total_count", "fte"));

    private final String cliName;
    private final String table;
    private final List<Column> columns;
    private final List<String> sourceColumns;

    TrendMetric(String cliName, String table, List<Column> columns, List<String> sourceColumns) {
        this.cliName = cliName;
        this.table = table;
        this.columns = columns;
        this.sourceColumns = sourceColumns;
    }

    public String cliName() {
        return cliName;
    }

    public String table() {
        return table;
    }

    public List<Column> columns() {
        return columns;
    }

    public List<String> sourceColumns() {
        return sourceColumns;
    }

    public boolean isAvailable() {
        return table != null;
    }

    public static TrendMetric parse(String name) {
        return Arrays.stream(values())
                .filter(metric -> metric.cliName.equals(name))
                .findFirst()
                .orElseThrow(() -> new InvalidRequestException("unknown metric '" + name + "'; known: "
                        + Arrays.stream(values()).map(TrendMetric::cliName).collect(Collectors.joining(", "))));
    }
}
