-- The 24-hour windows of the daily rules (DAILY_REST, DAILY_HOURS; definitions.md): for each start s
-- of a work interval, the window [s, s + 24 h), 24 real hours (23 or 25 on the wall clock across a
-- daylight-saving change), dated the local day of s, with every work interval that starts inside
-- it, the window's own first. Intervals are disjoint, so none that started earlier reaches into it.
-- Grain: work interval in a window. Key: (employee_key, window_start_at, interval_start_at).
-- Columns:
--   employee_key: the HMAC pseudonym of the person.
--   window_start_at: the window's start: the start of a work interval, UTC.
--   window_end_at: 24 real hours later, UTC.
--   window_date: the local day the window starts.
--   interval_start_at: the start of a work interval inside the window.
--   interval_end_at: its end.
--   next_interval_start_at: the start of the person's next work interval.
with intervals as (
    select * from intermediate.int_turnus__aml_work_intervals
),

-- a window spans at most two UTC days: the intervals starting in it are in one of them
window_days (day_offset) as (
    values (0), (1)
),

windows as (
    select
        intervals.employee_key,
        intervals.interval_start_at as window_start_at,
        intervals.interval_start_at + interval 24 hour as window_end_at,
        intervals.interval_start_date as window_date,
        intervals.interval_start_day_number + window_days.day_offset as start_day_number
    from intervals
    cross join window_days
),

final as (
    select
        windows.employee_key,
        windows.window_start_at,
        windows.window_end_at,
        windows.window_date,
        intervals.interval_start_at,
        intervals.interval_end_at,
        intervals.next_interval_start_at
    from windows
    join intervals
        on intervals.employee_key = windows.employee_key
        and intervals.interval_start_day_number = windows.start_day_number
        and intervals.interval_start_at >= windows.window_start_at
        and intervals.interval_start_at < windows.window_end_at
)

select * from final
