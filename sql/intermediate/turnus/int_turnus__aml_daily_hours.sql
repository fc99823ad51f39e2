-- DAILY_HOURS, "Arbeidstimer pr. dag" (definitions.md): for each start s of a work interval, the
-- working time inside [s, s + 24 h), 24 real hours. A breach when it is above 13 h (16 h with
-- dispensation on the breach's date). Dated the local day of s; one value a person a day, so at most
-- one breach: the most hours of that day's windows.
-- Checked against the limits of int_turnus__aml_rules in int_turnus__aml_breaches.
-- Grain: person x day with a window start. Key: (employee_key, breach_date).
-- Columns:
--   employee_key: the HMAC pseudonym of the person.
--   rule_id: DAILY_HOURS.
--   breach_date: the day the value is dated: the local day the window starts.
--   measured_value: the most working hours inside a 24-hour window starting that day.
with windows as (
    select * from intermediate.int_turnus__aml_daily_windows
),

measured as (
    select
        employee_key,
        window_start_at,
        window_date as breach_date,
        sum(epoch_seconds(least(interval_end_at, window_end_at)) - epoch_seconds(interval_start_at)) / 3600 as measured_value
    from windows
    group by employee_key, window_start_at, window_date
),

final as (
    select
        employee_key,
        'DAILY_HOURS' as rule_id,
        breach_date,
        max(measured_value) as measured_value
    from measured
    group by employee_key, breach_date
)

select * from final
