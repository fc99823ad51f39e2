-- Customer receivables by aging bucket for every delivered as-of date (definitions.md, "Customer receivables"):
-- all ten buckets, zeros included, in the report's order. Grain: as-of date x bucket. Key: (as_of_date, bucket_order).
-- Columns:
--   as_of_date: the date of the open-items snapshot.
--   bucket_order: the aging bucket's place in the report's order.
--   bucket_name: the aging bucket as the report prints it.
--   amount_nok: the open amount of the bucket's items in NOK, credit notes negative.
--   open_items: the open items in the bucket.
with items as (
    select * from marts.fct_ledger_receivables_snapshot
),

buckets as (
    select * from staging.stg_ledger__seed_aging_buckets
),

as_of_dates as (
    select distinct as_of_date from items
),

final as (
    select
        as_of_dates.as_of_date,
        buckets.bucket_order,
        buckets.bucket_name,
        coalesce(sum(items.amount_nok), 0) as amount_nok,
        count(items.open_item_key) as open_items
    from as_of_dates
    cross join buckets
    left join items on items.as_of_date = as_of_dates.as_of_date and items.aging_bucket_order = buckets.bucket_order
    group by as_of_dates.as_of_date, buckets.bucket_order, buckets.bucket_name
)

select * from final
