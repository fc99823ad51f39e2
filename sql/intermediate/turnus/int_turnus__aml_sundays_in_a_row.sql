-- SUNDAYS_IN_A_ROW, "Søndager på rad" (definitions.md): Sunday S is worked when the person's working
-- time overlaps Saturday 18:00 - Sunday 22:00 local time (real instants; touching the window's edge
-- is not overlapping it). A breach when S and S - 7 days are both worked, dated S. The measured value
-- is the number of worked Sundays in a row ending at S (2 or more); the limit is 1.
-- Checked against the limits of int_turnus__aml_rules in int_turnus__aml_breaches.
-- Grain: person x worked Sunday. Key: (employee_key, breach_date).
-- Columns:
--   employee_key: the HMAC pseudonym of the person.
--   rule_id: SUNDAYS_IN_A_ROW.
--   breach_date: the day the value is dated: the Sunday.
--   measured_value: the Sundays worked in a row up to that one.
with intervals as (
    select * from intermediate.int_turnus__aml_work_intervals
),

-- the Sundays whose window an interval may reach: the local days it touches, and the day after
-- (a Saturday evening belongs to the next day's Sunday)
candidate_days as (
    select
        employee_key,
        interval_start_at,
        interval_end_at,
        cast(days_of(
            cast(cast(interval_start_local as date) as timestamp),
            cast(cast(interval_end_local as date) + 1 as timestamp)
        ) as date) as calendar_date
    from intervals
),

sunday_windows as (
    select
        *,
        oslo_instant(cast(calendar_date - 1 as timestamp) + interval 18 hour) as window_start_at,
        oslo_instant(cast(calendar_date as timestamp) + interval 22 hour) as window_end_at
    from candidate_days
    where iso_weekday(calendar_date) = 7
),

worked_sundays as (
    select distinct
        employee_key,
        calendar_date as sunday_date
    from sunday_windows
    where interval_start_at < window_end_at
      and interval_end_at > window_start_at
),

-- runs of worked Sundays a week apart: the run's number stays the same while the Sundays follow on
runs as (
    select
        *,
        whole_div(sunday_date - date '1970-01-04', 7)
            - row_number() over (partition by employee_key order by sunday_date) as run_number
    from worked_sundays
),

measured as (
    select
        employee_key,
        sunday_date as breach_date,
        row_number() over (partition by employee_key, run_number order by sunday_date) as measured_value
    from runs
),

final as (
    select
        employee_key,
        'SUNDAYS_IN_A_ROW' as rule_id,
        breach_date,
        cast(measured_value as double) as measured_value
    from measured
)

select * from final
