-- DAILY_HOURS, "Arbeidstimer pr. dag" (definitions.md): for each start s of a work interval, the
-- working time inside [s, s + 24 h), 24 real hours. A breach when it is above 13 h (16 h with
-- dispensation on the breach's date). Dated the local day of s; at most one breach a person a day:
-- the most hours of that day's windows.
-- Grain: person x day with a breach. Key: (employee_key, breach_date).
with windows as (
    select * from intermediate.int_aml__daily_windows
),

measured as (
    select
        employee_key,
        window_start_at,
        window_date as breach_date,
        sum(epoch(least(interval_end_at, window_end_at)) - epoch(interval_start_at)) / 3600 as measured_value,
    from windows
    group by employee_key, window_start_at, window_date
),

with_limit as (
    select
        measured.*,
        rules.rule_id,
        coalesce(dispensation.has_aml_dispensation, false) as has_aml_dispensation,
        case when coalesce(dispensation.has_aml_dispensation, false)
            then rules.limit_with_dispensation_value else rules.limit_value end as limit_value,
    from measured
    join intermediate.int_aml__rules as rules on rules.rule_id = 'DAILY_HOURS'
    left join intermediate.int_aml__dispensation_days as dispensation
        on dispensation.employee_key = measured.employee_key
        and dispensation.calendar_date = measured.breach_date
),

final as (
    select
        employee_key,
        rule_id,
        breach_date,
        max(measured_value) as measured_value,
        any_value(limit_value) as limit_value,
        any_value(has_aml_dispensation) as has_aml_dispensation,
    from with_limit
    where measured_value > limit_value
    group by employee_key, rule_id, breach_date
)

select * from final
