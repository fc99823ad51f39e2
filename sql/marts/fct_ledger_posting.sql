-- The ledger posting fact: every line in effect (the newest file of its period), amount = debit - credit, with
-- the report line the mapping gives the account on the period's first day. Grain: posting line.
-- Key: posting_key; natural key (source_file, record_no).
-- Materialized: incremental by month period_start_date;
--   months from intermediate.int_ledger__saft_period_files
-- Columns:
--   posting_key: surrogate key of the posting line (file and record).
--   account_key: surrogate key of the account.
--   account_id: the account.
--   is_result_account: an account of the result (3000-8199).
--   report_line_key: surrogate key of the report line the mapping gives the account on the period's first day.
--   department_key: surrogate key of the department (of the empty text for none).
--   department_id: the SAF-T analysis of type A, null for none.
--   project_id: the SAF-T analysis of type P, null for none.
--   other_analysis: the line's analyses other than department and project, as the SAF-T file gives them.
--   customer_key: surrogate key of the customer, null for a line with none.
--   customer_id: the customer, null for none.
--   month_key: the accounting period as yyyymm.
--   period_start_date: the first day of the period.
--   transaction_date_key: the transaction date as yyyymmdd.
--   transaction_date: the transaction's date.
--   journal_id: the SAF-T journal.
--   transaction_id: the SAF-T transaction.
--   record_id: the line's id in its transaction.
--   description: the line's text.
--   debit_amount_nok: the debit amount in NOK.
--   credit_amount_nok: the credit amount in NOK.
--   amount_nok: debit - credit in NOK.
--   source_file: the SAF-T file the line is from.
--   record_no: the line's record number in that file.
with postings as (
    select * from intermediate.int_ledger__postings
),

mapping as (
    select * from intermediate.int_ledger__account_report_line
),

final as (
    select
        surrogate_key(postings.source_file || ':' || postings.record_no) as posting_key,
        surrogate_key(postings.account_id) as account_key,
        postings.account_id,
        coalesce(postings.account_number between 3000 and 8199, false) as is_result_account,
        surrogate_key(mapping.report_line_name) as report_line_key,
        surrogate_key(coalesce(postings.department_id, '')) as department_key,
        postings.department_id,
        postings.project_id,
        postings.other_analysis,
        case when postings.customer_id is not null then surrogate_key(postings.customer_id) end as customer_key,
        postings.customer_id,
        postings.period_year * 100 + postings.period as month_key,
        postings.period_start_date,
        date_key(postings.transaction_date) as transaction_date_key,
        postings.transaction_date,
        postings.journal_id,
        postings.transaction_id,
        postings.record_id,
        postings.description,
        postings.debit_amount_nok,
        postings.credit_amount_nok,
        postings.amount_nok,
        postings.source_file,
        postings.record_no
    from postings
    left join mapping
      on postings.account_number between mapping.account_from and mapping.account_to
     and postings.period_start_date >= mapping.valid_from
     and (mapping.valid_to is null or postings.period_start_date <= mapping.valid_to)
)

select * from final
