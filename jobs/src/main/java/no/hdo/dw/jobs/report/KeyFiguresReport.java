package no.hdo.dw.jobs.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import no.hdo.dw.jobs.InvalidRequestException;
import no.hdo.dw.jobs.output.Column;
import no.hdo.dw.jobs.output.ColumnKind;
import no.hdo.dw.jobs.output.ResultTable;
import no.hdo.dw.warehouse.DuckDbDatabase;

/**
 * {@code report key-figures --month} (cli.md) from the published {@code reporting.rpt_turnus_key_figures}:
 * the report's "Nøkkeltall i foretaket", each figure for each month January..month and the year to date.
 */
public final class KeyFiguresReport {

    private static final String SQL = """
            select figure, figure_name_nb, unit, period, value, target_value, target_text_nb, meets_target
            from reporting.rpt_turnus_key_figures
            where report_month_start_date = :month
            order by figure_order, period_order""";

    private static final String KNOWN_MONTHS = """
            select strftime(min(report_month_start_date), '%Y-%m'), strftime(max(report_month_start_date), '%Y-%m')
            from reporting.rpt_turnus_key_figures""";

    /**
     * One figure of one period.
     *
     * @param period {@code yyyy-MM} or {@code ytd}
     * @param value unrounded, {@code null} when unknown
     * @param target the limit the value must stay below, {@code null} when the figure has none
     * @param meetsTarget {@code null} without target or value
     */
    public record KeyFigure(
            String figure,
            String figureNameNb,
            String unit,
            String period,
            BigDecimal value,
            BigDecimal target,
            String targetTextNb,
            Boolean meetsTarget) {

        public boolean isYearToDate() {
            return period.equals("ytd");
        }
    }

    private KeyFiguresReport() {}

    /** The figures of {@code month}, in the report's order; refuses a month the warehouse has no figures for. */
    public static List<KeyFigure> figures(DuckDbDatabase published, YearMonth month) {
        return published.jdbi().withHandle(handle -> {
            List<KeyFigure> figures = handle.createQuery(SQL)
                    .bind("month", month.atDay(1))
                    .map((rs, ctx) -> new KeyFigure(
                            rs.getString("figure"),
                            rs.getString("figure_name_nb"),
                            rs.getString("unit"),
                            rs.getString("period"),
                            rs.getBigDecimal("value"),
                            rs.getBigDecimal("target_value"),
                            rs.getString("target_text_nb"),
                            (Boolean) rs.getObject("meets_target")))
                    .list();
            if (figures.isEmpty()) {
                List<String> known = handle.createQuery(KNOWN_MONTHS)
                        .map((rs, ctx) -> rs.getString(1) + ".." + rs.getString(2))
                        .list();
                throw new InvalidRequestException("no key figures for " + month + ": the published staff data cover "
                        + (known.isEmpty() || known.get(0).startsWith("null") ? "no month" : known.get(0)));
            }
            return figures;
        });
    }

    public static ResultTable read(Path publishedWarehouse, YearMonth month, boolean norwegianNames) {
        try (DuckDbDatabase published = DuckDbDatabase.openReadOnly(publishedWarehouse)) {
            return table(figures(published, month), norwegianNames);
        }
    }

    /** cli.md's {@code figure,period,value,target,meets_target}; percentages and hours with two decimals, counts whole. */
    public static ResultTable table(List<KeyFigure> figures, boolean norwegianNames) {
        ResultTable.Builder table = ResultTable.builder(
                Column.text("figure"),
                Column.text("period"),
                Column.of("value", ColumnKind.MEASURE),
                Column.of("target", ColumnKind.MEASURE),
                Column.of("meets_target", ColumnKind.BOOLEAN));
        for (KeyFigure figure : figures) {
            table.row(
                    norwegianNames ? figure.figureNameNb() : figure.figure(),
                    norwegianNames && figure.isYearToDate() ? "hittil i år" : figure.period(),
                    scaled(figure.value(), figure.unit()),
                    scaled(figure.target(), figure.unit()),
                    figure.meetsTarget());
        }
        return table.build();
    }

    /** Rounded once, half up: two decimals for percentages and hours, none for counts. */
    public static BigDecimal scaled(BigDecimal value, String unit) {
        if (value == null) {
            return null;
        }
        return value.setScale(unit.equals("count") ? 0 : 2, RoundingMode.HALF_UP);
    }
}
