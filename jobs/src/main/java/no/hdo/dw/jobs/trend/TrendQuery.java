package no.hdo.dw.jobs.trend;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import no.hdo.dw.jobs.InvalidRequestException;
import no.hdo.dw.jobs.output.Column;
import no.hdo.dw.jobs.output.ResultTable;
import no.hdo.dw.warehouse.DuckDbDatabase;

/**
 * Reads a trend from the published warehouse: exactly {@code months} rows ending at {@code to},
 * oldest first; a month with no row in the reporting table is 0 for counts and hours, empty for
 * percentages (the reporting tables hold every month they know a denominator for).
 */
public final class TrendQuery {

    private TrendQuery() {}

    public static ResultTable read(Path publishedWarehouse, TrendMetric metric, YearMonth to, int months) {
        if (!metric.isAvailable()) {
            throw new InvalidRequestException(
                    "the trend " + metric.cliName() + " is not built yet: its source is not in the warehouse");
        }
        if (months < 1 || months > 240) {
            throw new InvalidRequestException("--months must be between 1 and 240, not " + months);
        }
        YearMonth from = to.minusMonths(months - 1L);
        List<Column> columns = new ArrayList<>();
        columns.add(Column.text("month"));
        columns.addAll(metric.columns());
        // A month without a row is a month the source does not cover: unknown, never 0 (definitions.md,
        // "Known months"); the reporting model writes the zeros of the months it covers.
        String values = metric.sourceColumns().stream()
                .map(column -> "reported." + column)
                .collect(Collectors.joining(", "));
        String sql = "with months as (select cast(range as date) as month_start_date from range(date '" + from.atDay(1)
                + "', date '" + to.plusMonths(1).atDay(1) + "', interval 1 month))\n"
                + "select strftime(months.month_start_date, '%Y-%m') as month, " + values + "\n"
                + "from months left join " + metric.table() + " as reported using (month_start_date)\n"
                + "order by months.month_start_date";
        try (DuckDbDatabase published = DuckDbDatabase.openReadOnly(publishedWarehouse)) {
            List<List<Object>> rows = published
                    .jdbi()
                    .withHandle(handle -> handle.createQuery(sql)
                            .map((rs, ctx) -> {
                                List<Object> row = new ArrayList<>();
                                row.add(rs.getString(1));
                                for (int index = 2; index <= columns.size(); index++) {
                                    row.add(rs.getObject(index) == null ? null : rs.getBigDecimal(index));
                                }
                                return row;
                            })
                            .list());
            return new ResultTable(columns, rows);
        }
    }
}
