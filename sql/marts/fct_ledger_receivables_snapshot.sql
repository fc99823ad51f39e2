-- The receivables snapshot fact: each customer's open items as of each delivered as-of date, with days past due
-- (as_of_date - due_date) and the aging bucket. Grain: open item x as-of date. Key: open_item_key.
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
