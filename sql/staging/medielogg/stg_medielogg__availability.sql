-- Media-log outages as landed, one row per outage and delivery, with the month the file is for
-- (from its name) and the delivery stamp as an instant (Europe/Oslo wall time).
-- Grain: outage row x source_file. Key: (source_file, record_no).
with source as (
    select * from raw.medielogg__availability
),

renamed as (
    select
        component as component_code,
        outage_start_at,
        outage_end_at,
        is_planned,
        outage_end_at is null as is_ongoing,
        cast(regexp_extract(source_file, '^availability_(\d{4}-\d{2})_', 1) || '-01' as date) as availability_month_start_date,
        source_file,
        delivery_stamp,
        oslo_instant(delivery_stamp) as delivered_at,
        record_no
    from source
),

final as (
    select * from renamed
)

select * from final
