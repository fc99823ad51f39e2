-- Shifts as landed (turnus/shifts): real instants, Oslo wall times and the real elapsed hours (a
-- shift across a daylight-saving change is an hour shorter or longer than its wall times say).
-- Grain: shift x delivered file. Key: (source_file, record_no).
with source as (
    select * from raw.turnus__shifts
),

renamed as (
    select
        shift_id,
        employee_key,
        org_unit as org_unit_id,
        shift_type,
        start_at,
        end_at,
        start_local,
        end_local,
        epoch_seconds(end_at - start_at) / 3600.0 as duration_hours,
        -- the month the file is for: "per month: newest" (sources.md)
        regexp_extract(source_file, '^shifts_(\d{4}-\d{2})_', 1) as delivery_month,
        source_file,
        delivery_stamp,
        record_no
    from source
),

final as (
    select * from renamed
)

select * from final
