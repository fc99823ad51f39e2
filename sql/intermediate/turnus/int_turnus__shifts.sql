-- Interface model (fixed with the working-time breach engine): one row per valid shift after
-- "newest delivery wins", with real instants, Oslo wall times and real elapsed hours.
-- Grain: shift. Key: shift_id.
-- Columns: the first nine of stg_turnus__shifts, described there.
-- Materialized: table (read by the working-time intervals and dispensation days, and through them
-- by every rule, the shift facts and the org units: as a view it would be computed again in each).
with shift_rows as (
    select * from intermediate.int_turnus__shift_rows
),

final as (
    select
        shift_id,
        employee_key,
        org_unit_id,
        shift_type,
        start_at,
        end_at,
        start_local,
        end_local,
        duration_hours
    from shift_rows
    where has_employment and starts_in_file_month
)

select * from final
