-- Power BI: result vs budget per month and report line, as the report shows it (revenue positive, costs
-- positive), unrounded NOK. Grain: month x report line. Key: (month_key, report_line_key).
with result as (
    select * from reporting.rpt_ledger_result_monthly
),

final as (
    select
        month_key,
        report_line_key,
        month_start_date as "Måned",
        report_line_name as "Rapportlinje",
        line_order as "Rekkefølge",
        sum_group as "Sumlinje",
        actual_shown_nok as "Faktisk NOK",
        budget_shown_nok as "Budsjett NOK",
        case when line_kind = 'revenue' then actual_shown_nok - budget_shown_nok
             else budget_shown_nok - actual_shown_nok end as "Avvik NOK"
    from result
)

select * from final
