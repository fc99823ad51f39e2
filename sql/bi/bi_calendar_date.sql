-- Power BI: the date dimension, to relate call-level views on date_key.
-- Grain: day. Key: date_key.
with final as (
    select * from marts.dim_calendar_date
)

select * from final
