-- Power BI: customers' open items per as-of date with days past due and aging bucket.
-- Grain: open item x as-of date. Key: open_item_key.
with items as (
    select * from marts.fct_ledger_receivables_snapshot
),

final as (
    select
        items.open_item_key,
        items.customer_key,
        items.as_of_date_key as date_key,
        items.as_of_date as "Per dato",
        customers.customer_name as "Kunde",
        items.invoice_no as "Fakturanummer",
        items.invoice_date as "Fakturadato",
        items.due_date as "Forfallsdato",
        items.days_past_due as "Dager forfalt",
        items.aging_bucket_order as "Aldersgruppe nr",
        items.aging_bucket_name as "Aldersgruppe",
        items.amount_nok as "Beløp NOK"
    from items
    left join marts.dim_ledger_customer as customers on customers.customer_key = items.customer_key
)

select * from final
