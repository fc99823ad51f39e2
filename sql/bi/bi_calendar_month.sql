-- Power BI: the month dimension, to relate every monthly view on month_key.
-- Grain: month. Key: month_key.
with final as (
    select * from marts.dim_calendar_month
)

select * from final
