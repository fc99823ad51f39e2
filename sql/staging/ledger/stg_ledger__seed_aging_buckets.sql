-- Seed data (sql/seeds/ledger_aging_buckets.csv): the aging buckets of the receivables table
-- (definitions.md, "Customer receivables"), in the report's order; days_past_due = as_of_date - due_date
-- (negative: not yet due). Grain: bucket. Key: bucket_order.
-- Columns: bucket_order (place in the table), bucket_name (as printed), min_days_past_due and
-- max_days_past_due (the bucket's bounds, both inclusive; null: open-ended).
with source as (
    select * from seeds.ledger_aging_buckets
),

typed as (
    select
        cast(bucket_order as integer) as bucket_order,
        bucket_name,
        cast(min_days_past_due as integer) as min_days_past_due,
        cast(max_days_past_due as integer) as max_days_past_due
    from source
),

final as (
    select * from typed
)

select * from final
