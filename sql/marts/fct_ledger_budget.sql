-- The budget fact: the approved budget in effect (newest file of its year), in the ledger's sign, with the report
-- line the mapping gives the account in the budget month. Grain: budget line. Key: budget_line_key.
-- Materialized: incremental by month month_key
-- Columns:
--   budget_line_key: surrogate key of the budget line (file and record).
--   account_key: surrogate key of the account.
--   account_id: the account.
--   is_result_account: an account of the result (3000-8199).
--   report_line_key: surrogate key of the report line the mapping gives the account in the budget month.
--   department_key: surrogate key of the department (of the empty text for none).
--   department_id: the department, null for none.
--   month_key: the budget month as yyyymm.
--   month_start_date: the first day of the budget month.
--   amount_nok: the budgeted amount in NOK, in the ledger's sign (revenue negative).
--   source_file: the budget file the line is from.
--   record_no: the line's record number in that file.
with budget as (
    select * from intermediate.int_ledger__budget_latest
),

mapping as (
    select * from intermediate.int_ledger__account_report_line
),

final as (
    select
        surrogate_key(budget.source_file || ':' || budget.record_no) as budget_line_key,
        surrogate_key(budget.account_id) as account_key,
        budget.account_id,
        coalesce(budget.account_number between 3000 and 8199, false) as is_result_account,
        surrogate_key(mapping.report_line_name) as report_line_key,
        surrogate_key(coalesce(budget.department_id, '')) as department_key,
        budget.department_id,
        budget.budget_year * 100 + budget.budget_month as month_key,
        budget.month_start_date,
        budget.amount_nok,
        budget.source_file,
        budget.record_no
    from budget
    left join mapping
      on budget.account_number between mapping.account_from and mapping.account_to
     and budget.month_start_date >= mapping.valid_from
     and (mapping.valid_to is null or budget.month_start_date <= mapping.valid_to)
)

select * from final
