-- Result vs budget per month and report line (definitions.md, "Result vs budget"): actual and budget in the
-- ledger's sign and as shown (revenue lines credit - debit), unrounded; every line for every month that has a
-- posting or a budget line. A month whose SAF-T period no delivery supplies has unknown (empty) actuals
-- and its budget (definitions.md, "Known months"). Grain: month x report line. Key: (month_key, report_line_key).
-- Columns:
--   month_start_date: the first day of the month.
--   month_key: the month as yyyymm.
--   year_number: the calendar year.
--   month_number: the month of the year, 1-12.
--   report_line_key: the report line (an MD5 hash of its name, as in the marts).
--   report_line_name: the report line's name as the business report prints it.
--   line_order: the line's place in the result table.
--   line_kind: 'revenue', 'cost' or 'finance'.
--   sum_group: the group whose sum row the line adds to (Omsetning, Personalkostnader, Driftskostnader, Finans).
--   is_actual_known: a SAF-T delivery supplies the month's period, so its actuals are known.
--   actual_nok: the month's postings on the line in NOK, in the ledger's sign (debit less credit); empty when
--      the month's period is not delivered.
--   budget_nok: the month's budget on the line in NOK, in the ledger's sign.
--   actual_shown_nok: actual_nok as the report shows it (revenue credit less debit, so revenue and costs are
--      positive); empty when actual_nok is.
--   budget_shown_nok: budget_nok as the report shows it.
with lines as (
    select * from marts.dim_ledger_report_line
),

actual as (
    select month_key, report_line_key, sum(amount_nok) as actual_nok
    from marts.fct_ledger_posting
    where report_line_key is not null
    group by month_key, report_line_key
),

budget as (
    select month_key, report_line_key, sum(amount_nok) as budget_nok
    from marts.fct_ledger_budget
    where report_line_key is not null
    group by month_key, report_line_key
),

months as (
    select month_key from actual
    union
    select month_key from budget
),

saft_months as (
    select distinct period_start_date as month_start_date
    from intermediate.int_ledger__saft_period_files
),

final as (
    select
        dim_calendar_month.month_start_date,
        months.month_key,
        dim_calendar_month.year_number,
        dim_calendar_month.month_number,
        lines.report_line_key,
        lines.report_line_name,
        lines.line_order,
        lines.line_kind,
        lines.sum_group,
        saft_months.month_start_date is not null as is_actual_known,
        case when saft_months.month_start_date is not null then coalesce(actual.actual_nok, 0) end as actual_nok,
        coalesce(budget.budget_nok, 0) as budget_nok,
        case when saft_months.month_start_date is not null
            then lines.shown_sign_factor * coalesce(actual.actual_nok, 0) end as actual_shown_nok,
        lines.shown_sign_factor * coalesce(budget.budget_nok, 0) as budget_shown_nok
    from months
    join marts.dim_calendar_month as dim_calendar_month on dim_calendar_month.month_key = months.month_key
    left join saft_months on saft_months.month_start_date = dim_calendar_month.month_start_date
    cross join lines
    left join actual on actual.month_key = months.month_key and actual.report_line_key = lines.report_line_key
    left join budget on budget.month_key = months.month_key and budget.report_line_key = lines.report_line_key
)

select * from final
