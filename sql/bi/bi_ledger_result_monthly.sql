-- Power BI: result vs budget per month and report line, as the report shows it (revenue positive, costs
-- positive), unrounded NOK. Grain: month x report line. Key: (month_key, report_line_key).
-- Columns:
--   month_key: the month as yyyymm (bi_calendar_month).
--   report_line_key: the report line (bi_ledger_report_lines).
--   month_start_date: the first day of the month.
--   report_line_name: the report line's name.
--   line_order: the line's place in the result table.
--   sum_group: the group whose sum row the line adds to (Omsetning, Personalkostnader, Driftskostnader, Finans).
--   actual_nok: the month's postings on the line in NOK, as the report shows them (revenue and costs positive);
--      empty for a month whose SAF-T period no delivery supplies (unknown, not 0; its budget still shows).
--   budget_nok: the month's budget on the line in NOK, shown the same way.
--   deviation_nok: actual less budget for revenue, budget less actual for costs: positive is better than budget; empty when actual_nok is.
with result as (
    select * from reporting.rpt_ledger_result_monthly
),

lines as (
    select * from marts.dim_ledger_report_line
),

final as (
    select
        cast(result.month_key as integer) as month_key,
        lines.bi_key as report_line_key,
        result.month_start_date,
        result.report_line_name,
        result.line_order,
        result.sum_group,
        cast(result.actual_shown_nok as decimal(18, 2)) as actual_nok,
        cast(result.budget_shown_nok as decimal(18, 2)) as budget_nok,
        cast(case when result.line_kind = 'revenue' then result.actual_shown_nok - result.budget_shown_nok
             else result.budget_shown_nok - result.actual_shown_nok end as decimal(18, 2)) as deviation_nok
    from result
    left join lines on lines.report_line_key = result.report_line_key
)

select * from final
