-- Power BI: the customers. Grain: customer. Key: customer_key.
-- Columns:
--   customer_key: the customer's number in this publication (in customer-number order), the key of the postings and open items.
--   customer_id: the customer number (SAF-T CustomerID).
--   customer_name: the customer's name, from the newest SAF-T master data or open-items file naming it.
with customers as (
    select * from marts.dim_ledger_customer
),

final as (
    select
        bi_key as customer_key,
        customer_id,
        customer_name
    from customers
)

select * from final
