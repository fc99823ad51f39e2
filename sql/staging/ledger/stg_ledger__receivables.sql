-- Customers' open items as landed, as of the date in the file name. Grain: open item x source_file.
-- Key: (source_file, record_no).
with source as (
    select * from raw.ledger__receivables
),

renamed as (
    select
        as_of_date,
        customer_id,
        customer_name,
        invoice_no,
        invoice_date,
        due_date,
        amount_nok,
        currency as currency_code,
        source_file,
        delivery_stamp,
        record_no
    from source
),

final as (
    select * from renamed
)

select * from final
