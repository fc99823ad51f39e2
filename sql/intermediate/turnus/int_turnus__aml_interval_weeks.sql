-- Work and overtime intervals cut at ISO week boundaries: Monday 00:00 to Monday 00:00 Europe/Oslo
-- wall time, so a week is 168 real hours, 167 in the week of the spring change and 169 in the week
-- of the autumn change. Hours are real elapsed time.
-- Grain: piece of an interval in a week. Key: (interval_kind, employee_key, interval_start_at, week_start_date).
-- Columns:
--   interval_kind: work or overtime.
--   employee_key: the HMAC pseudonym of the person.
--   interval_start_at: the start of the whole interval, UTC.
--   week_start_date: the Monday of the ISO week.
--   week_sunday_date: its Sunday.
--   week_number: a running number of the ISO week, for the rolling sums.
--   week_start_at: the week's start (Monday 00:00 Oslo) as an instant.
--   week_end_at: the next Monday 00:00 as an instant (exclusive).
--   piece_start_at: the start of the piece of the interval inside the week.
--   piece_end_at: its end.
--   piece_hours: its real elapsed hours.
-- Materialized: table (read by the week totals, and through them by five rules, and the weekly rest
-- rule: as a view it would be computed again in each).
with intervals as (
    select * from intermediate.int_turnus__aml_intervals
),

-- every week the interval reaches into (its end is exclusive: ending at Monday 00:00 is not in that week)
interval_weeks as (
    select
        *,
        weeks_of(
            date_trunc('week', interval_start_local),
            date_trunc('week', interval_end_local - interval 1 microsecond)
        ) as week_start_local
    from intervals
),

weeks as (
    select
        *,
        cast(week_start_local as date) as week_start_date,
        oslo_instant(week_start_local) as week_start_at,
        oslo_instant(week_start_local + interval 7 day) as week_end_at
    from interval_weeks
),

final as (
    select
        interval_kind,
        employee_key,
        interval_start_at,
        week_start_date,
        cast(week_start_date + interval 6 day as date) as week_sunday_date,
        -- weeks numbered from Monday 1970-01-05, so "the week and the 3 before it" is a range of numbers
        cast(whole_div(week_start_date - date '1970-01-05', 7) as integer) as week_number,
        week_start_at,
        week_end_at,
        greatest(interval_start_at, week_start_at) as piece_start_at,
        least(interval_end_at, week_end_at) as piece_end_at,
        (epoch_seconds(least(interval_end_at, week_end_at)) - epoch_seconds(greatest(interval_start_at, week_start_at))) / 3600 as piece_hours
    from weeks
)

select * from final
