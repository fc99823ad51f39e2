-- Budget lines as landed, in the ledger's sign (cost positive, revenue negative).
-- Grain: budget line x source_file. Key: (source_file, record_no).
-- Columns:
--   budget_year: the budget year.
--   budget_month: the month of the year, 1-12.
--   month_start_date: the first day of the month.
--   account_id: the account (text).
--   account_number: the account as an integer, null if it is not one.
--   department_id: the department, null for none.
--   amount_nok: the budgeted amount in NOK, cost positive, revenue negative.
--   source_file: the delivered file the row is from.
--   delivery_stamp: the file's delivery stamp (from its name).
--   record_no: the row's record number in that file.
with source as (
    select * from raw.ledger__budget
),

renamed as (
    select
        budget_year,
        budget_month,
        make_date(budget_year, budget_month, 1) as month_start_date,
        account_id,
        try_cast(account_id as integer) as account_number,
        department_id,
        amount_nok,
        source_file,
        delivery_stamp,
        record_no
    from source
),

final as (
    select * from renamed
)

select * from final
