-- Power BI: the general-ledger accounts with their report line. Grain: account. Key: account_key.
-- Columns:
--   account_key: the account's number in this publication (1, 2, ... in account order), the key bi_ledger_postings and bi_ledger_budget relate on.
--   report_line_key: the report line the account maps to on the run date (bi_ledger_report_lines); empty for an account outside the result table.
--   account_id: the account number of the chart of accounts (SAF-T AccountID).
--   account_name: the account's name in the newest SAF-T master data, or "(ukjent konto ...)" for an account only the budget or the postings name.
--   standard_account_code: the standard account (SAF-T 1.30 GroupingCode, else 1.20 StandardAccountID).
--   grouping_category: the SAF-T 1.30 GroupingCategory.
--   report_line_name: the report line's name as the business report prints it.
--   is_result_account: an account of 3000-8199, which the result table counts.
with accounts as (
    select * from marts.dim_ledger_account
),

lines as (
    select * from marts.dim_ledger_report_line
),

final as (
    select
        accounts.bi_key as account_key,
        lines.bi_key as report_line_key,
        accounts.account_id,
        accounts.account_description as account_name,
        coalesce(accounts.grouping_code, accounts.standard_account_id) as standard_account_code,
        accounts.grouping_category,
        accounts.report_line_name,
        accounts.is_result_account
    from accounts
    left join lines on lines.report_line_key = accounts.report_line_key
)

select * from final
