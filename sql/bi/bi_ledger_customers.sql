-- Power BI: the customers. Grain: customer. Key: customer_key.
with customers as (
    select * from marts.dim_ledger_customer
),

final as (
    select
        customer_key,
        customer_id as "Kundenummer",
        customer_name as "Kunde"
    from customers
)

select * from final
