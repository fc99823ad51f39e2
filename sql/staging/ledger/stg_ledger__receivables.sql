-- Customers' open items as landed, as of the date in the file name. Grain: open item x source_file.
-- Key: (source_file, record_no).
-- Columns:
--   as_of_date: the date the file is as of (from its name).
--   customer_id: the customer.
--   customer_name: the customer's name as the file gives it.
--   invoice_no: the invoice.
--   invoice_date: the invoice's date.
--   due_date: its due date.
--   amount_nok: the open amount in NOK.
--   currency_code: the currency the file states (NOK).
--   source_file: the delivered file the row is from.
--   delivery_stamp: the file's delivery stamp (from its name).
--   record_no: the row's record number in that file.
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
