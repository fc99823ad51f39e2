-- Customers of each SAF-T file's master data. Grain: customer x source_file. Key: (customer_id, source_file).
-- Columns:
--   customer_id: the customer.
--   customer_name: the master data's name of the customer.
--   receivable_account_id: the account of its receivables.
--   source_file: the delivered file the row is from.
--   delivery_stamp: the file's delivery stamp (from its name).
--   record_no: the row's record number in that file.
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
