-- Customers: the newest SAF-T master data naming each, else the newest open-items file naming it.
-- Grain: customer. Key: customer_key.
with from_saft as (
    select customer_id, customer_name, delivery_stamp, 1 as source_rank
    from staging.stg_ledger__saft_customers
),

from_open_items as (
    select customer_id, customer_name, delivery_stamp, 2 as source_rank
    from staging.stg_ledger__receivables
),

ranked as (
    select
        *,
        row_number() over (partition by customer_id order by source_rank, delivery_stamp desc, customer_name) as name_rank,
    from (select * from from_saft union all select * from from_open_items)
),

final as (
    select
        md5(customer_id) as customer_key,
        customer_id,
        coalesce(customer_name, 'Kunde ' || customer_id) as customer_name,
    from ranked
    where name_rank = 1
)

select * from final
