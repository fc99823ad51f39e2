-- Media-log outages as landed, one row per outage and delivery, with the month the file is for
-- (from its name) and the delivery stamp as an instant (Europe/Oslo wall time).
-- Grain: outage row x source_file. Key: (source_file, record_no).
-- Columns:
--   component_code: the component.
--   outage_start_at: the outage's start, UTC.
--   outage_end_at: its end, UTC; null while it is ongoing.
--   is_planned: a planned outage.
--   is_ongoing: an outage without an end.
--   availability_month_start_date: the first day of the month the file is for (from its name).
--   source_file: the delivered file the row is from.
--   delivery_stamp: the file's delivery stamp (from its name).
--   delivered_at: the delivery stamp, read as Oslo wall time, as an instant (UTC).
--   record_no: the row's record number in that file.
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
