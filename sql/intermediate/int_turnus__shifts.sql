-- PLACEHOLDER until the turnus-core models are merged (the turnus interface of the helper brief):
-- one row per valid shift after "newest delivery wins". Empty here; the breach engine reads only
-- these columns. Grain: shift. Key: shift_id.
with final as (
    select
        cast(shift_id as varchar) as shift_id,
        cast(employee_key as varchar) as employee_key,
        cast(org_unit_id as varchar) as org_unit_id,
        cast(shift_type as varchar) as shift_type,
        cast(start_at as timestamptz) as start_at,
        cast(end_at as timestamptz) as end_at,
        cast(start_local as timestamp) as start_local,
        cast(end_local as timestamp) as end_local,
        cast(duration_hours as double) as duration_hours,
    from (values (null, null, null, null, null, null, null, null, null))
        as shifts (shift_id, employee_key, org_unit_id, shift_type, start_at, end_at, start_local, end_local, duration_hours)
    where false
)

select * from final
