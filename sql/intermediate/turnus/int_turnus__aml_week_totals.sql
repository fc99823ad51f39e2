-- Working and overtime hours per person and ISO week, for the weekly rules: the week's own hours,
-- the 4-week sums (the week and the 3 before it) and the 52-week OT sum (the week and the 51 before
-- it). Only weeks in which the person has working time have a row: a week without one counts as
-- empty (0 hours) in the rolling sums, and so do weeks before the first delivered month.
-- Grain: person x ISO week with working time. Key: (employee_key, week_start_date).
-- Columns:
--   employee_key: the HMAC pseudonym of the person.
--   week_start_date: the Monday of the ISO week.
--   week_sunday_date: its Sunday.
--   week_number: a running number of the ISO week, for the rolling sums.
--   week_start_at: the week's start as an instant.
--   week_end_at: its end as an instant (exclusive).
--   week_length_hours: the week's real length (167, 168 or 169 hours).
--   working_hours: the working hours in the week.
--   overtime_hours: the overtime hours in the week.
--   working_hours_4_weeks: the working hours of the week and the 3 before it.
--   overtime_hours_4_weeks: the overtime hours of the week and the 3 before it.
--   overtime_hours_52_weeks: the overtime hours of the week and the 51 before it.
with pieces as (
    select * from intermediate.int_turnus__aml_interval_weeks
),

weeks as (
    select
        employee_key,
        week_start_date,
        any_value(week_sunday_date) as week_sunday_date,
        any_value(week_number) as week_number,
        any_value(week_start_at) as week_start_at,
        any_value(week_end_at) as week_end_at,
        (epoch_seconds(any_value(week_end_at)) - epoch_seconds(any_value(week_start_at))) / 3600 as week_length_hours,
        coalesce(sum(piece_hours) filter (where interval_kind = 'work'), 0) as working_hours,
        coalesce(sum(piece_hours) filter (where interval_kind = 'overtime'), 0) as overtime_hours
    from pieces
    group by employee_key, week_start_date
    having count(*) filter (where interval_kind = 'work') > 0
),

final as (
    select
        *,
        -- a range of week numbers, so a missing week counts as 0 hours
        sum(working_hours) over (
            partition by employee_key order by week_number
            range between 3 preceding and current row
        ) as working_hours_4_weeks,
        sum(overtime_hours) over (
            partition by employee_key order by week_number
            range between 3 preceding and current row
        ) as overtime_hours_4_weeks,
        sum(overtime_hours) over (
            partition by employee_key order by week_number
            range between 51 preceding and current row
        ) as overtime_hours_52_weeks
    from weeks
)

select * from final
