-- Power BI: the approved budget in effect, per account, department and month, in the ledger's sign.
-- Grain: budget line. Key: budget_line_key.
with budget as (
    select * from marts.fct_ledger_budget
),

final as (
    select
        budget.budget_line_key,
        budget.account_key,
        budget.report_line_key,
        budget.department_key,
        budget.month_key,
        budget.account_id as "Konto",
        lines.report_line_name as "Rapportlinje",
        departments.department_name as "Avdeling",
        budget.month_start_date as "Måned",
        budget.amount_nok as "Budsjett NOK"
    from budget
    left join marts.dim_ledger_report_line as lines on lines.report_line_key = budget.report_line_key
    left join marts.dim_ledger_department as departments on departments.department_key = budget.department_key
)

select * from final
