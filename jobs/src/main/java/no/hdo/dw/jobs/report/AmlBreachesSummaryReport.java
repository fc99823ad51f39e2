package no.hdo.dw.jobs.report;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import no.hdo.dw.jobs.InvalidRequestException;
import no.hdo.dw.jobs.output.Column;
import no.hdo.dw.jobs.output.ColumnKind;
import no.hdo.dw.jobs.output.ResultTable;
import no.hdo.dw.warehouse.DuckDbDatabase;

/**
 * {@code report aml-breaches --summary} (cli.md) from the published
 * {@code reporting.rpt_turnus_aml_breaches_summary}: breaches per rule over the months and their
 * share of all breaches, every rule in the report's order, then {@code TOTAL}. A period the
 * warehouse holds no figures for (before the first shifts file, after the reporting month) gives
 * every rule with empty values: unknown, not 0.
 */
public final class AmlBreachesSummaryReport {

    /** The longest period the summary model holds. */
    public static final int MAX_MONTHS = 13;

    private static final String SQL = """
            with rules as (
                select rule_id, rule_order, report_text_nb from reporting.rpt_turnus_aml_rules
                union all
                select 'TOTAL', 99, 'Totalt'
            )
            select rules.rule_id, rules.report_text_nb, summary.breach_count, summary.share_pct
            from rules
            left join reporting.rpt_turnus_aml_breaches_summary as summary
                on summary.rule_id = rules.rule_id
                and summary.from_month_start_date = :from
                and summary.to_month_start_date = :to
            order by rules.rule_order""";

    /** One rule's (or the total's) breaches and unrounded share in percent; {@code null} when unknown. */
    public record RuleShare(String ruleId, String reportTextNb, Long breaches, BigDecimal sharePct) {

        public boolean isTotal() {
            return ruleId.equals("TOTAL");
        }
    }

    private AmlBreachesSummaryReport() {}

    public static List<RuleShare> shares(DuckDbDatabase published, YearMonth from, YearMonth to) {
        if (from.isAfter(to)) {
            throw new InvalidRequestException("--from " + from + " is after --to " + to);
        }
        long months = from.until(to, ChronoUnit.MONTHS) + 1;
        if (months > MAX_MONTHS) {
            throw new InvalidRequestException("--summary covers at most " + MAX_MONTHS + " months, not " + months);
        }
        return published
                .jdbi()
                .withHandle(handle -> handle.createQuery(SQL)
                        .bind("from", from.atDay(1))
                        .bind("to", to.atDay(1))
                        .map((rs, ctx) -> new RuleShare(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getObject(3) == null ? null : rs.getLong(3),
                                rs.getBigDecimal(4)))
                        .list());
    }

    public static ResultTable read(Path publishedWarehouse, YearMonth from, YearMonth to, boolean reportTexts) {
        try (DuckDbDatabase published = DuckDbDatabase.openReadOnly(publishedWarehouse)) {
            return table(shares(published, from, to), reportTexts);
        }
    }

    /** cli.md's {@code rule,breaches,share_pct}; in {@code table} the rules' report texts and whole percents. */
    public static ResultTable table(List<RuleShare> shares, boolean reportTexts) {
        ResultTable.Builder table = ResultTable.builder(
                Column.text("rule"),
                Column.of("breaches", ColumnKind.COUNT),
                Column.of("share_pct", reportTexts ? ColumnKind.PERCENT_WHOLE : ColumnKind.PERCENT));
        for (RuleShare share : shares) {
            table.row(reportTexts ? share.reportTextNb() : share.ruleId(), share.breaches(), share.sharePct());
        }
        return table.build();
    }
}
