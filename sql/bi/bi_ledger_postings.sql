-- Power BI: every ledger posting in effect, with readable names; keys join to bi_ledger_accounts,
-- bi_ledger_report_lines, bi_ledger_departments, bi_ledger_customers, bi_calendar_month and bi_calendar_date.
-- Grain: posting line. Key: (journal_id, transaction_id, record_id). No row number: no table refers to a
-- single line, and one numbered over every line was computed again each time the ledger delivered
-- (docs/decisions.md, "Facts have no row key").
-- Columns:
--   account_key: the account (bi_ledger_accounts).
--   report_line_key: the account's report line in the posting's period (bi_ledger_report_lines); empty outside the result table.
--   department_key: the department (bi_ledger_departments).
--   customer_key: the customer (bi_ledger_customers); empty when the line names none.
--   month_key: the posting's period as yyyymm (bi_calendar_month).
--   date_key: the transaction date as yyyymmdd (bi_calendar_date).
--   account_id: the account number.
--   account_name: the account's name.
--   report_line_name: the report line's name.
--   department_name: the department's name.
--   project_id: the project (SAF-T analysis type P); empty when none.
--   transaction_date: the voucher's date (SAF-T TransactionDate).
--   journal_id: the journal (SAF-T JournalID).
--   transaction_id: the voucher (SAF-T TransactionID).
--   description: the line's text.
--   debit_nok: the line's debit amount in NOK (SAF-T DebitAmount).
--   credit_nok: the line's credit amount in NOK (SAF-T CreditAmount).
--   amount_nok: debit less credit in NOK, the ledger's sign.
with postings as (
    select * from marts.fct_ledger_posting
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

customers as (
    select * from marts.dim_ledger_customer
),

final as (
    select
        accounts.bi_key as account_key,
        lines.bi_key as report_line_key,
        departments.bi_key as department_key,
        customers.bi_key as customer_key,
        cast(postings.month_key as integer) as month_key,
        postings.transaction_date_key as date_key,
        postings.account_id,
        accounts.account_description as account_name,
        lines.report_line_name,
        departments.department_name,
        postings.project_id,
        postings.transaction_date,
        postings.journal_id,
        postings.transaction_id,
        postings.description,
        cast(postings.debit_amount_nok as decimal(18, 2)) as debit_nok,
        cast(postings.credit_amount_nok as decimal(18, 2)) as credit_nok,
        cast(postings.amount_nok as decimal(18, 2)) as amount_nok
    from postings
    left join accounts on accounts.account_key = postings.account_key
    left join lines on lines.report_line_key = postings.report_line_key
    left join departments on departments.department_key = postings.department_key
    left join customers on customers.customer_key = postings.customer_key
)

select * from final
