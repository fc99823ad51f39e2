-- The receivables snapshot fact: each customer's open items as of each delivered as-of date, with days past due
-- (as_of_date - due_date) and the aging bucket. Grain: open item x as-of date. Key: open_item_key.
-- Materialized: incremental by month as_of_date
-- Columns:
--   open_item_key: surrogate key of the open item (file and record).
--   as_of_date: the date the open-items file is as of.
--   as_of_date_key: that date as yyyymmdd.
--   customer_key: surrogate key of the customer.
--   customer_id: the customer.
--   invoice_no: the invoice.
--   invoice_date: the invoice's date.
--   due_date: its due date.
--   days_past_due: as_of_date - due_date (negative: not yet due).
--   aging_bucket_order: the place of its aging bucket in the report's table.
--   aging_bucket_name: the aging bucket as the report names it.
--   amount_nok: the open amount in NOK.
--   source_file: the open-items file.
--   record_no: the item's record number in that file.
with items as (
    select * from intermediate.int_ledger__open_items_latest
),

buckets as (
    select * from staging.stg_ledger__seed_aging_buckets
),

aged as (
    select *, datediff('day', due_date, as_of_date) as days_past_due
    from items
),

final as (
    select
        surrogate_key(aged.source_file || ':' || aged.record_no) as open_item_key,
        aged.as_of_date,
        date_key(aged.as_of_date) as as_of_date_key,
        surrogate_key(aged.customer_id) as customer_key,
        aged.customer_id,
        aged.invoice_no,
        aged.invoice_date,
        aged.due_date,
        aged.days_past_due,
        buckets.bucket_order as aging_bucket_order,
        buckets.bucket_name as aging_bucket_name,
        aged.amount_nok,
        aged.source_file,
        aged.record_no
    from aged
    join buckets
      on (buckets.min_days_past_due is null or aged.days_past_due >= buckets.min_days_past_due)
     and (buckets.max_days_past_due is null or aged.days_past_due <= buckets.max_days_past_due)
)

select * from final
