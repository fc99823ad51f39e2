package no.hdo.dw.jobs.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import no.hdo.dw.jobs.InvalidRequestException;
import no.hdo.dw.jobs.output.Column;
import no.hdo.dw.jobs.output.ColumnKind;
import no.hdo.dw.jobs.output.ResultTable;
import no.hdo.dw.warehouse.DuckDbDatabase;

/**
 * {@code report receivables --as-of} (cli.md, definitions.md "Customer receivables"): the ten
 * aging buckets of the open-items snapshot of that date, in order, then {@code Sum}, as
 * {@code reporting.rpt_ledger_receivables_report} has them; NOK, shown in 1000 NOK by {@code table}.
 */
public final class ReceivablesReport {

    public static final List<Column> COLUMNS = List.of(Column.text("bucket"), Column.of("amount", ColumnKind.KNOK));

    private ReceivablesReport() {}

    public static ResultTable read(Path publishedWarehouse, LocalDate asOf) {
        try (DuckDbDatabase published = DuckDbDatabase.openReadOnly(publishedWarehouse)) {
            return published.jdbi().withHandle(handle -> {
                List<List<Object>> rows = new ArrayList<>(handle.createQuery("""
                                select row_name, amount_nok from reporting.rpt_ledger_receivables_report
                                 where as_of_date = cast(:asOf as date) order by row_order""")
                        .bind("asOf", asOf.toString())
                        .map((rs, ctx) -> List.<Object>of(rs.getString(1), rs.getBigDecimal(2)))
                        .list());
                if (rows.isEmpty()) {
                    List<String> known = handle.createQuery(
                                    "select distinct cast(as_of_date as varchar) from reporting.rpt_ledger_receivables_aging order by 1")
                            .mapTo(String.class)
                            .list();
                    throw new InvalidRequestException(
                            "no open-items snapshot as of " + asOf + " in the warehouse; as-of dates delivered: "
                                    + (known.isEmpty() ? "none" : String.join(", ", known)));
                }
                return new ResultTable(COLUMNS, rows);
            });
        }
    }

    /**
     * The report pack's receivables of a day: as {@link #read}, but a day without a snapshot gives the
     * table's rows (as the other snapshots name them) with unknown amounts instead of a refusal, so that
     * a month the open items do not cover shows "–" in a pack that holds the month's other figures.
     */
    public static ResultTable readOrUnknown(Path publishedWarehouse, LocalDate asOf) {
        try {
            return read(publishedWarehouse, asOf);
        } catch (InvalidRequestException noSnapshot) {
            try (DuckDbDatabase published = DuckDbDatabase.openReadOnly(publishedWarehouse)) {
                List<List<Object>> rows = published
                        .jdbi()
                        .withHandle(handle -> handle.createQuery(
                                        "select distinct row_order, row_name from reporting.rpt_ledger_receivables_report"
                                                + " order by row_order")
                                .map((rs, ctx) -> Arrays.<Object>asList(rs.getString(2), null))
                                .list());
                return new ResultTable(COLUMNS, rows.isEmpty() ? List.of(Arrays.<Object>asList("Sum", null)) : rows);
            }
        }
    }
}
