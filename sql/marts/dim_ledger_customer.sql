-- Customers: the newest SAF-T master data naming each, else the newest open-items file naming it; a customer only
-- a posting names gets a row too, so every key joins. Grain: customer. Key: customer_key.
-- Columns:
--   customer_key: surrogate key of the customer.
--   bi_key: the integer key the publication gives the customer.
--   customer_id: the customer number as the ledger gives it.
--   customer_name: the newest name the SAF-T or open-items files give, else "Kunde <id>".
with from_saft as (
    select customer_id, customer_name, delivery_stamp, 1 as source_rank
    from staging.stg_ledger__saft_customers
),

from_open_items as (
    select customer_id, customer_name, delivery_stamp, 2 as source_rank
    from staging.stg_ledger__receivables
),

from_postings as (
    select distinct customer_id, cast(null as varchar) as customer_name, cast(null as timestamp) as delivery_stamp, 3 as source_rank
    from intermediate.int_ledger__postings
    where customer_id is not null
),

ranked as (
    select
        *,
        row_number() over (partition by customer_id order by source_rank, delivery_stamp desc, customer_name) as name_rank
    from (select * from from_saft union all select * from from_open_items union all select * from from_postings)
),

final as (
    select
        surrogate_key(customer_id) as customer_key,
        cast(row_number() over (order by customer_id) as integer) as bi_key,
        customer_id,
        coalesce(customer_name, 'Kunde ' || customer_id) as customer_name
    from ranked
    where name_rank = 1
)

select * from final
