-- Budget lines as landed, in the ledger's sign (cost positive, revenue negative).
-- Grain: budget line x source_file. Key: (source_file, record_no).
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
