package no.hdo.dw.jobs.report;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import no.hdo.dw.jobs.InvalidRequestException;
import no.hdo.dw.jobs.output.Column;
import no.hdo.dw.jobs.output.ColumnKind;
import no.hdo.dw.jobs.output.ResultTable;
import no.hdo.dw.warehouse.DuckDbDatabase;

/**
 * {@code report result --from --to} (cli.md, definitions.md "Result vs budget"), read from the
 * published warehouse's {@code reporting.rpt_ledger_result_report}, which computes every row,
 * the sum rows, "Resultat" and the deviations: amounts in NOK as shown (revenue credit − debit),
 * unrounded, so each cell is rounded once when printed.
 */
public final class ResultReport {

    public static final List<Column> COLUMNS = List.of(
            Column.text("line"),
            Column.of("actual", ColumnKind.MNOK),
            Column.of("budget", ColumnKind.MNOK),
            Column.of("deviation", ColumnKind.MNOK),
            Column.of("ytd_actual", ColumnKind.MNOK),
            Column.of("ytd_budget", ColumnKind.MNOK),
            Column.of("ytd_deviation", ColumnKind.MNOK),
            Column.of("annual_budget", ColumnKind.MNOK));

    private ResultReport() {}

    public static ResultTable read(Path publishedWarehouse, YearMonth from, YearMonth to) {
        if (from.getYear() != to.getYear()) {
            throw new InvalidRequestException("--from and --to must be in the same year (" + from + " .. " + to + ")");
        }
        if (from.isAfter(to)) {
            throw new InvalidRequestException("--from " + from + " is after --to " + to);
        }
        int fromKey = from.getYear() * 100 + from.getMonthValue();
        int toKey = to.getYear() * 100 + to.getMonthValue();
        try (DuckDbDatabase published = DuckDbDatabase.openReadOnly(publishedWarehouse)) {
            List<List<Object>> rows = published
                    .jdbi()
                    .withHandle(handle -> handle.createQuery("""
                            select row_name, actual_nok, budget_nok, deviation_nok, ytd_actual_nok, ytd_budget_nok,
                                   ytd_deviation_nok, annual_budget_nok
                              from reporting.rpt_ledger_result_report
                             where from_month_key = :fromKey and to_month_key = :toKey
                             order by row_order""")
                            .bind("fromKey", fromKey)
                            .bind("toKey", toKey)
                            .map((rs, ctx) -> {
                                List<Object> row = new ArrayList<>(COLUMNS.size());
                                row.add(rs.getString("row_name"));
                                for (String amount : List.of(
                                        "actual_nok",
                                        "budget_nok",
                                        "deviation_nok",
                                        "ytd_actual_nok",
                                        "ytd_budget_nok",
                                        "ytd_deviation_nok",
                                        "annual_budget_nok")) {
                                    row.add(rs.getBigDecimal(amount));
                                }
                                return row;
                            })
                            .list());
            if (rows.isEmpty()) {
                throw new InvalidRequestException("the warehouse's calendar has no months " + from + " .. " + to);
            }
            return new ResultTable(COLUMNS, rows);
        }
    }
}
