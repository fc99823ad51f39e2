-- Shifts as landed (turnus/shifts): real instants, Oslo wall times and the real elapsed hours (a
-- shift across a daylight-saving change is an hour shorter or longer than its wall times say).
-- Grain: shift x delivered file. Key: (source_file, record_no).
-- Columns:
--   shift_id: the shift's id in turnus.
--   employee_key: the HMAC pseudonym of the person.
--   org_unit_id: the org unit.
--   shift_type: ORD ordinary, OT overtime, BV standby, UTR call-out.
--   start_at: the start, UTC.
--   end_at: the end, UTC.
--   start_local: the start, Oslo wall time.
--   end_local: the end, Oslo wall time.
--   duration_hours: the real elapsed hours.
--   delivery_month: the month the file is for (yyyy-MM, from its name).
--   source_file: the delivered file the row is from.
--   delivery_stamp: the file's delivery stamp (from its name).
--   record_no: the row's record number in that file.
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
