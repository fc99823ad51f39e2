-- Seed data: the aging buckets of the receivables table (definitions.md, "Customer receivables"), in the
-- report's order; days_past_due = as_of_date - due_date (negative: not yet due). Grain: bucket. Key: bucket_order.
with seed (bucket_order, bucket_name, min_days_past_due, max_days_past_due) as (
    values
        (1, 'Forfalt 181 dager eller mer', 181, cast(null as integer)),
        (2, 'Forfalt, 91 - 180 dager', 91, 180),
        (3, 'Forfalt, 46 - 90 dager', 46, 90),
        (4, 'Forfalt, 15 - 45 dager', 15, 45),
        (5, 'Forfalt, 8 - 14 dager', 8, 14),
        (6, 'Forfalt, 1 - 7 dager', 1, 7),
        (7, 'Forfaller om 0 - 7 dager', -7, 0),
        (8, 'Forfaller om 8 - 14 dager', -14, -8),
        (9, 'Forfaller om 15 - 45 dager', -45, -15),
        (10, 'Forfaller om mer enn 45 dager', null, -46)
),

final as (
    select * from seed
)

select * from final
