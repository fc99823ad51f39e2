package no.hdo.dw.jobs.report;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import no.hdo.dw.jobs.InvalidRequestException;
import no.hdo.dw.jobs.output.Column;
import no.hdo.dw.jobs.output.ColumnKind;
import no.hdo.dw.jobs.output.ResultTable;
import no.hdo.dw.warehouse.DuckDbDatabase;

/**
 * {@code report aml-breaches} (cli.md) from the published warehouse: one row per working-time rule
 * and month, every rule of definitions.md in its order and within it the months oldest first, zeros
 * included. The rule is its id ({@code DAILY_REST}, ...); a month the warehouse has no figure for
 * (no shifts file delivered for it, after the reporting month) is unknown, not 0.
 */
public final class AmlBreachesReportQuery {

    /** The longest period the report prints, as for trends: 20 years. */
    static final int MAX_MONTHS = 240;

    private static final String SQL = """
            with months as (
                select cast(range as date) as month_start_date
                from range(cast(:from as date), cast(:until as date), interval 1 month)
            )
            select rules.rule_id, strftime(months.month_start_date, '%Y-%m') as month, reported.breach_count as breaches
            from reporting.rpt_turnus_aml_rules as rules
            cross join months
            left join reporting.rpt_turnus_aml_breaches_monthly as reported
                on reported.rule_id = rules.rule_id and reported.month_start_date = months.month_start_date
            order by rules.rule_order, months.month_start_date""";

    private AmlBreachesReportQuery() {}

    public static ResultTable read(Path publishedWarehouse, YearMonth from, YearMonth to) {
        if (from.isAfter(to)) {
            throw new InvalidRequestException("--from " + from + " is after --to " + to);
        }
        long months = from.until(to, ChronoUnit.MONTHS) + 1;
        if (months > MAX_MONTHS) {
            throw new InvalidRequestException(
                    "--from and --to may be at most " + MAX_MONTHS + " months apart, not " + months);
        }
        List<Column> columns =
                List.of(Column.text("rule"), Column.text("month"), Column.of("breaches", ColumnKind.COUNT));
        try (DuckDbDatabase published = DuckDbDatabase.openReadOnly(publishedWarehouse)) {
            List<List<Object>> rows = published
                    .jdbi()
                    .withHandle(handle -> handle.createQuery(SQL)
                            .bind("from", from.atDay(1))
                            .bind("until", to.plusMonths(1).atDay(1))
                            .map((rs, ctx) -> {
                                List<Object> row = new ArrayList<>(3);
                                row.add(rs.getString(1));
                                row.add(rs.getString(2));
                                row.add(rs.getObject(3) == null ? null : rs.getLong(3));
                                return row;
                            })
                            .list());
            return new ResultTable(columns, rows);
        }
    }
}
