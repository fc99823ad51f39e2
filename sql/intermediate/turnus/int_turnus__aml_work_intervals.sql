-- Working time per person as work intervals (definitions.md, "Working-time breaches"): the 'work'
-- intervals of int_turnus__aml_intervals (ORD, OT and UTR merged; standby is not working time), with what
-- the daily rules join on. Instants are real (timestamptz); the local columns are Europe/Oslo wall time.
-- Grain: work interval. Key: (employee_key, interval_start_at).
-- Columns:
--   employee_key: the HMAC pseudonym of the person.
--   interval_number: the interval's number within the person, in time order.
--   interval_start_at: its start, UTC.
--   interval_end_at: its end, UTC.
--   interval_start_local: its start, Oslo wall time.
--   interval_end_local: its end, Oslo wall time.
--   interval_start_date: the local day it starts.
--   interval_start_day_number: the UTC day number of its start, what the daily windows join on.
--   next_interval_start_at: the start of the person's next work interval, null for the last.
--   interval_hours: its real elapsed hours.
--   shift_count: the shifts merged into it.
-- Materialized: table (read by the daily windows and the Sundays rule, and through them by three
-- rules: as a view it would be computed again in each).
with intervals as (
    select * from intermediate.int_turnus__aml_intervals
    where interval_kind = 'work'
),

final as (
    select
        employee_key,
        interval_number,
        interval_start_at,
        interval_end_at,
        interval_start_local,
        interval_end_local,
        cast(interval_start_local as date) as interval_start_date,
        -- the UTC day of the start, a join key for the 24-hour windows of the daily rules
        day_number(interval_start_at) as interval_start_day_number,
        lead(interval_start_at) over (partition by employee_key order by interval_start_at) as next_interval_start_at,
        (epoch_seconds(interval_end_at) - epoch_seconds(interval_start_at)) / 3600 as interval_hours,
        shift_count
    from intervals
)

select * from final
