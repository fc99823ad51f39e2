-- Power BI: customers' open items per as-of date with days past due and aging bucket.
-- Grain: open item x as-of date. Key: open_item_key.
-- Columns:
--   open_item_key: the open item's number in this publication (one per item and as-of date).
--   customer_key: the customer (bi_ledger_customers).
--   date_key: the as-of date as yyyymmdd (bi_calendar_date).
--   as_of_date: the date of the open-items snapshot (from the file name).
--   customer_name: the customer's name.
--   invoice_no: the invoice number.
--   invoice_date: the invoice's date.
--   due_date: the invoice's due date.
--   days_past_due: the as-of date less the due date in days (negative: not yet due).
--   aging_bucket_order: the aging bucket's place in the report's order.
--   aging_bucket_name: the aging bucket (definitions.md, "Receivables"), as the report prints it.
--   amount_nok: the open amount in NOK.
with items as (
    select * from marts.fct_ledger_receivables_snapshot
),

customers as (
    select * from marts.dim_ledger_customer
),

final as (
    select
        cast(row_number() over (order by items.open_item_key) as integer) as open_item_key,
        customers.bi_key as customer_key,
        items.as_of_date_key as date_key,
        items.as_of_date,
        customers.customer_name,
        items.invoice_no,
        items.invoice_date,
        items.due_date,
        cast(items.days_past_due as integer) as days_past_due,
        items.aging_bucket_order,
        items.aging_bucket_name,
        cast(items.amount_nok as decimal(18, 2)) as amount_nok
    from items
    left join customers on customers.customer_key = items.customer_key
)

select * from final
