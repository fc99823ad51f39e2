-- DAILY_REST, "Hviletid i løpet av 24 timer" (definitions.md): for each start s of a work interval,
-- the longest continuous free time inside [s, s + 24 h), 24 real hours (23 or 25 on the wall clock
-- across a daylight-saving change). Free time that runs past the window counts up to the window's
-- end. A breach when it is below 11 h (8 h with dispensation on the breach's date). Dated the local
-- day of s; one value a person a day, so at most one breach: the shortest rest of that day's windows.
-- Checked against the limits of int_turnus__aml_rules in int_turnus__aml_breaches.
-- Grain: person x day with a window start. Key: (employee_key, breach_date).
-- Columns:
--   employee_key: the HMAC pseudonym of the person.
--   rule_id: DAILY_REST.
--   breach_date: the day the value is dated: the local day the window starts.
--   measured_value: the longest free time in a 24-hour window, in hours: the smallest of the day's windows.
with windows as (
    select * from intermediate.int_turnus__aml_daily_windows
),

-- the free time after each interval in the window, cut at the window's end
free_stretches as (
    select
        *,
        greatest(
            0,
            epoch_seconds(least(coalesce(next_interval_start_at, window_end_at), window_end_at)) - epoch_seconds(interval_end_at)
        ) / 3600 as free_hours
    from windows
),

measured as (
    select
        employee_key,
        window_start_at,
        window_date as breach_date,
        max(free_hours) as measured_value
    from free_stretches
    group by employee_key, window_start_at, window_date
),

final as (
    select
        employee_key,
        'DAILY_REST' as rule_id,
        breach_date,
        min(measured_value) as measured_value
    from measured
    group by employee_key, breach_date
)

select * from final
