-- Transaction lines of every landed SAF-T file, in the ledger's sign (amount = debit - credit).
-- Grain: line x source_file. Key: (source_file, record_no).
-- Columns:
--   journal_id: the SAF-T journal.
--   transaction_id: the SAF-T transaction.
--   record_id: the line's id in its transaction.
--   period_year: the accounting year.
--   period: the accounting period, 1-12.
--   period_start_date: the first day of the period.
--   transaction_date: the transaction's date.
--   account_id: the account (text).
--   account_number: the account as an integer, null if it is not one.
--   department_id: the analysis of type A, null for none.
--   project_id: the analysis of type P, null for none.
--   other_analysis: the line's other analyses, as the SAF-T file gives them.
--   customer_id: the customer, null for none.
--   supplier_id: the supplier, null for none.
--   description: the line's text.
--   debit_amount_nok: the debit amount in NOK.
--   credit_amount_nok: the credit amount in NOK.
--   amount_nok: debit - credit in NOK.
--   source_file: the delivered file the row is from.
--   delivery_stamp: the file's delivery stamp (from its name).
--   record_no: the row's record number in that file.
with source as (
    select * from raw.ledger__saft
    where record_kind = 'line'
),

renamed as (
    select
        journal_id,
        transaction_id,
        record_id,
        period_year,
        period,
        make_date(period_year, period, 1) as period_start_date,
        transaction_date,
        account_id,
        try_cast(account_id as integer) as account_number,
        department_id,
        project_id,
        other_analysis,
        customer_id,
        supplier_id,
        description,
        debit_amount as debit_amount_nok,
        credit_amount as credit_amount_nok,
        coalesce(debit_amount, 0) - coalesce(credit_amount, 0) as amount_nok,
        source_file,
        delivery_stamp,
        record_no
    from source
),

final as (
    select * from renamed
)

select * from final
