package no.hdo.dw.jobs.report;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.hdo.dw.jobs.InvalidRequestException;
import no.hdo.dw.jobs.output.Column;
import no.hdo.dw.jobs.output.ColumnKind;
import no.hdo.dw.jobs.output.ResultTable;
import no.hdo.dw.warehouse.DuckDbDatabase;

/**
 * {@code report result --from --to} (cli.md, definitions.md "Result vs budget"), read from the
 * published warehouse: one row per report line in the report's order with the sum rows, amounts
 * in NOK as shown (revenue credit − debit), unrounded, so each cell is rounded once when printed.
 */
public final class ResultReport {

    public static final List<Column> COLUMNS = List.of(Column.text("line"), Column.of("actual", ColumnKind.MNOK),
            Column.of("budget", ColumnKind.MNOK), Column.of("deviation", ColumnKind.MNOK), Column.of("ytd_actual", ColumnKind.MNOK),
            Column.of("ytd_budget", ColumnKind.MNOK), Column.of("ytd_deviation", ColumnKind.MNOK),
            Column.of("annual_budget", ColumnKind.MNOK));

    /** The five amounts of a row: actual, budget, ytd actual, ytd budget, annual budget. */
    private record Amounts(BigDecimal actual, BigDecimal budget, BigDecimal ytdActual, BigDecimal ytdBudget, BigDecimal annualBudget) {

        static final Amounts ZERO = new Amounts(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

        Amounts plus(Amounts other) {
            return new Amounts(actual.add(other.actual), budget.add(other.budget), ytdActual.add(other.ytdActual),
                    ytdBudget.add(other.ytdBudget), annualBudget.add(other.annualBudget));
        }

        Amounts negate() {
            return new Amounts(actual.negate(), budget.negate(), ytdActual.negate(), ytdBudget.negate(), annualBudget.negate());
        }
    }

    private static final String REVENUE = "Omsetning";
    private static final String PERSONNEL = "Personalkostnader";
    private static final String OPERATING = "Driftskostnader";
    private static final String FINANCE = "Finans";

    private record Line(String name, String kind, String sumGroup, Amounts amounts) {
    }

    private ResultReport() {
    }

    public static ResultTable read(Path publishedWarehouse, YearMonth from, YearMonth to) {
        if (from.getYear() != to.getYear()) {
            throw new InvalidRequestException("--from and --to must be in the same year (" + from + " .. " + to + ")");
        }
        if (from.isAfter(to)) {
            throw new InvalidRequestException("--from " + from + " is after --to " + to);
        }
        int fromKey = from.getYear() * 100 + from.getMonthValue();
        int toKey = to.getYear() * 100 + to.getMonthValue();
        int januaryKey = to.getYear() * 100 + 1;
        int decemberKey = to.getYear() * 100 + 12;
        List<Line> lines;
        try (DuckDbDatabase published = DuckDbDatabase.openReadOnly(publishedWarehouse)) {
            lines = published.jdbi().withHandle(handle -> handle.createQuery("""
                            select lines."Rapportlinje" as line, lines."Type" as kind, lines."Sumlinje" as sum_group,
                                   coalesce(sum(actual_shown_nok) filter (where month_key between :fromKey and :toKey), 0) as actual,
                                   coalesce(sum(budget_shown_nok) filter (where month_key between :fromKey and :toKey), 0) as budget,
                                   coalesce(sum(actual_shown_nok) filter (where month_key between :januaryKey and :toKey), 0) as ytd_actual,
                                   coalesce(sum(budget_shown_nok) filter (where month_key between :januaryKey and :toKey), 0) as ytd_budget,
                                   coalesce(sum(budget_shown_nok) filter (where month_key between :januaryKey and :decemberKey), 0) as annual_budget
                              from bi.bi_ledger_report_lines as lines
                              left join reporting.rpt_ledger_result_monthly as result using (report_line_key)
                             group by lines."Rapportlinje", lines."Type", lines."Sumlinje", lines."Rekkefølge"
                             order by lines."Rekkefølge\"""")
                    .bind("fromKey", fromKey).bind("toKey", toKey).bind("januaryKey", januaryKey).bind("decemberKey", decemberKey)
                    .map((rs, ctx) -> new Line(rs.getString("line"), rs.getString("kind"), rs.getString("sum_group"),
                            new Amounts(rs.getBigDecimal("actual"), rs.getBigDecimal("budget"), rs.getBigDecimal("ytd_actual"),
                                    rs.getBigDecimal("ytd_budget"), rs.getBigDecimal("annual_budget"))))
                    .list());
        }
        return table(lines);
    }

    /**
     * The report's rows: the lines of each group closed by its sum row ({@code Sum Omsetning}, ...),
     * {@code Sum Totale Kostnader} after the operating costs, then {@code Sum Finans} (the finance
     * line itself) and {@code Resultat} (definitions.md).
     */
    private static ResultTable table(List<Line> lines) {
        Map<String, List<Line>> groups = new LinkedHashMap<>();
        for (Line line : lines) {
            groups.computeIfAbsent(line.sumGroup(), group -> new ArrayList<>()).add(line);
        }
        Amounts revenue = total(groups.get(REVENUE));
        Amounts costs = total(groups.get(PERSONNEL)).plus(total(groups.get(OPERATING)));
        Amounts finance = total(groups.get(FINANCE));
        List<List<Object>> rows = new ArrayList<>();
        groups.forEach((group, members) -> {
            if (group.equals(FINANCE)) {
                return;
            }
            boolean revenueGroup = group.equals(REVENUE);
            members.forEach(line -> rows.add(row(line.name(), line.amounts(), line.kind().equals("revenue"))));
            rows.add(row("Sum " + group, total(members), revenueGroup));
            if (group.equals(OPERATING)) {
                rows.add(row("Sum Totale Kostnader", costs, false));
            }
        });
        rows.add(row("Sum Finans", finance, false));
        rows.add(row("Resultat", revenue.plus(costs.negate()).plus(finance.negate()), true));
        return new ResultTable(COLUMNS, rows);
    }

    private static Amounts total(List<Line> lines) {
        return lines == null ? Amounts.ZERO : lines.stream().map(Line::amounts).reduce(Amounts.ZERO, Amounts::plus);
    }

    /** Deviation is good news when positive: actual − budget for revenue and the result, budget − actual otherwise. */
    private static List<Object> row(String name, Amounts amounts, boolean moreIsBetter) {
        BigDecimal deviation = moreIsBetter ? amounts.actual().subtract(amounts.budget()) : amounts.budget().subtract(amounts.actual());
        BigDecimal ytdDeviation = moreIsBetter ? amounts.ytdActual().subtract(amounts.ytdBudget())
                : amounts.ytdBudget().subtract(amounts.ytdActual());
        List<Object> row = new ArrayList<>();
        row.add(name);
        row.add(amounts.actual());
        row.add(amounts.budget());
        row.add(deviation);
        row.add(amounts.ytdActual());
        row.add(amounts.ytdBudget());
        row.add(ytdDeviation);
        row.add(amounts.annualBudget());
        return row;
    }
}
