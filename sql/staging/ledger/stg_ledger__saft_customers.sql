-- Customers of each SAF-T file's master data. Grain: customer x source_file. Key: (customer_id, source_file).
with source as (
    select * from raw.ledger__saft
    where record_kind = 'customer'
),

renamed as (
    select
        customer_id,
        customer_name,
        account_id as receivable_account_id,
        source_file,
        delivery_stamp,
        record_no
    from source
),

final as (
    select * from renamed
)

select * from final
