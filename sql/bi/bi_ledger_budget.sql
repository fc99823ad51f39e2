-- Power BI: the approved budget in effect, per account, department and month, in the ledger's sign.
-- Grain: budget line. Key: budget_line_key.
-- Columns:
--   budget_line_key: the budget line's number in this publication.
--   account_key: the account (bi_ledger_accounts).
--   report_line_key: the report line of the account in the budget's month (bi_ledger_report_lines).
--   department_key: the department (bi_ledger_departments).
--   month_key: the budget's month as yyyymm (bi_calendar_month).
--   account_id: the account number.
--   report_line_name: the report line's name.
--   department_name: the department's name.
--   month_start_date: the first day of the budget's month.
--   budget_nok: the budgeted amount in NOK, in the ledger's sign (costs positive, revenue negative).
with budget as (
    select * from marts.fct_ledger_budget
),

accounts as (
    select * from marts.dim_ledger_account
),

lines as (
    select * from marts.dim_ledger_report_line
),

departments as (
    select * from marts.dim_ledger_department
),

final as (
    select
        cast(row_number() over (order by budget.budget_line_key) as integer) as budget_line_key,
        accounts.bi_key as account_key,
        lines.bi_key as report_line_key,
        departments.bi_key as department_key,
        cast(budget.month_key as integer) as month_key,
        budget.account_id,
        lines.report_line_name,
        departments.department_name,
        budget.month_start_date,
        cast(budget.amount_nok as decimal(18, 2)) as budget_nok
    from budget
    left join accounts on accounts.account_key = budget.account_key
    left join lines on lines.report_line_key = budget.report_line_key
    left join departments on departments.department_key = budget.department_key
)

select * from final
