package no.hdo.dw.jobs.report;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import no.hdo.dw.jobs.InvalidRequestException;
import no.hdo.dw.jobs.output.Column;
import no.hdo.dw.jobs.output.ColumnKind;
import no.hdo.dw.jobs.output.ResultTable;
import no.hdo.dw.warehouse.DuckDbDatabase;

/**
 * {@code report finance --month} (cli.md, definitions.md "Liquidity and investments") from the published
 * {@code reporting.rpt_ledger_finance}: liquidity at month end, the wanted minimum and the year's activated
 * investments; NOK, shown in MNOK with one decimal by {@code table}. A month of a year the ledger covers whose
 * periods are not all delivered gives unknown (empty) figures, never 0; a month of no covered year is refused.
 */
public final class FinanceReport {

    public static final List<Column> COLUMNS = List.of(Column.text("figure"), Column.of("value", ColumnKind.MNOK));

    /** The figures in the report's order: the csv name and the Norwegian one. */
    public enum Figure {
        LIQUIDITY("liquidity_nok", "Likviditet ved utgangen av måneden"),
        LIQUIDITY_MINIMUM("liquidity_minimum_nok", "Ønsket minimum likviditet"),
        INVESTMENTS_YTD("investments_ytd_nok", "Aktiverte investeringer hittil i år");

        private final String column;
        private final String nameNb;

        Figure(String column, String nameNb) {
            this.column = column;
            this.nameNb = nameNb;
        }

        public String column() {
            return column;
        }

        public String nameNb() {
            return nameNb;
        }
    }

    /** The month's figures, unrounded NOK; {@code null} when unknown. */
    public record Figures(
            YearMonth month, BigDecimal liquidityNok, BigDecimal liquidityMinimumNok, BigDecimal investmentsYtdNok) {

        public BigDecimal value(Figure figure) {
            return switch (figure) {
                case LIQUIDITY -> liquidityNok;
                case LIQUIDITY_MINIMUM -> liquidityMinimumNok;
                case INVESTMENTS_YTD -> investmentsYtdNok;
            };
        }
    }

    private static final String SQL = """
            select liquidity_nok, liquidity_minimum_nok, investments_ytd_nok
            from reporting.rpt_ledger_finance
            where month_start_date = :month""";

    private static final String KNOWN_MONTHS = """
            select cast(min(month_start_date) as varchar), cast(max(month_start_date) as varchar)
            from reporting.rpt_ledger_finance
            where is_covered""";

    private FinanceReport() {}

    /** The figures of {@code month}; refuses a month outside the years the ledger covers. */
    public static Figures figures(DuckDbDatabase published, YearMonth month) {
        return published
                .jdbi()
                .withHandle(handle -> handle.createQuery(SQL)
                        .bind("month", month.atDay(1))
                        .map((rs, ctx) ->
                                new Figures(month, rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getBigDecimal(3)))
                        .findOne()
                        .orElseThrow(() -> {
                            String[] known = handle.createQuery(KNOWN_MONTHS)
                                    .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)})
                                    .one();
                            return new InvalidRequestException(
                                    "no ledger figures for " + month + ": the published SAF-T files cover "
                                            + (known[0] == null
                                                    ? "no month"
                                                    : known[0].substring(0, 7) + ".." + known[1].substring(0, 7)));
                        }));
    }

    public static Figures figures(Path publishedWarehouse, YearMonth month) {
        try (DuckDbDatabase published = DuckDbDatabase.openReadOnly(publishedWarehouse)) {
            return figures(published, month);
        }
    }

    public static ResultTable read(Path publishedWarehouse, YearMonth month, boolean norwegianNames) {
        return table(figures(publishedWarehouse, month), norwegianNames);
    }

    /** cli.md's {@code figure,value}: one row per figure, in the report's order. */
    public static ResultTable table(Figures figures, boolean norwegianNames) {
        List<List<Object>> rows = new ArrayList<>();
        for (Figure figure : Figure.values()) {
            rows.add(Arrays.asList(norwegianNames ? figure.nameNb() : figure.column(), figures.value(figure)));
        }
        return new ResultTable(COLUMNS, rows);
    }
}
