-- SAF-T files as landed: one header row per file with its version (told by the file's structure), company,
-- selection of periods and control totals. Grain: one row per landed SAF-T file. Key: source_file.
-- Columns:
--   source_file: the SAF-T file.
--   delivery_stamp: the file's delivery stamp (from its name).
--   saft_version: the SAF-T version, told by the file's structure (1.20 or 1.30).
--   company_id: the company's organisation number.
--   selection_start_month: the first month of the periods the file selects.
--   selection_end_month: the last month of the periods it selects.
--   number_of_entries: the number of entries the file says it holds.
--   total_debit_nok: its control total of debits in NOK.
--   total_credit_nok: its control total of credits in NOK.
with source as (
    select * from raw.ledger__saft
    where record_kind = 'header'
),

renamed as (
    select
        source_file,
        delivery_stamp,
        saft_version,
        company_id,
        make_date(period_start_year, period_start, 1) as selection_start_month,
        make_date(period_end_year, period_end, 1) as selection_end_month,
        number_of_entries,
        total_debit as total_debit_nok,
        total_credit as total_credit_nok
    from source
),

final as (
    select * from renamed
)

select * from final
