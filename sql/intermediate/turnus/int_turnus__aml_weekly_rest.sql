-- WEEKLY_REST, "Hviletid i løpet av 7 dager" (definitions.md): for each ISO week with working time,
-- the longest continuous free time inside the week (Monday 00:00 to Monday 00:00 local time, 167 or
-- 169 real hours in the daylight-saving weeks), the stretches from the week's start to the first work
-- and from the last work to the week's end included, each cut at the week's edges. A breach when it
-- is below 35 h (28 h with dispensation on the week's Sunday). Dated the week's Sunday.
-- Checked against the limits of int_turnus__aml_rules in int_turnus__aml_breaches.
-- Grain: person x week with working time. Key: (employee_key, breach_date).
-- Columns:
--   employee_key: the HMAC pseudonym of the person.
--   rule_id: WEEKLY_REST.
--   breach_date: the day the value is dated: the week's Sunday.
--   measured_value: the longest continuous rest in the ISO week, in hours.
with pieces as (
    select * from intermediate.int_turnus__aml_interval_weeks
    where interval_kind = 'work'
),

-- the free stretch before each piece of work (from the week's start or the previous piece's end)
ordered as (
    select
        *,
        lag(piece_end_at) over (partition by employee_key, week_start_date order by piece_start_at) as previous_piece_end_at,
        lead(piece_start_at) over (partition by employee_key, week_start_date order by piece_start_at) as next_piece_start_at
    from pieces
),

free_stretches as (
    select
        employee_key,
        week_sunday_date,
        (epoch_seconds(piece_start_at) - epoch_seconds(coalesce(previous_piece_end_at, week_start_at))) / 3600 as free_before_hours,
        -- after the week's last piece of work: up to the week's end
        case when next_piece_start_at is null
            then (epoch_seconds(week_end_at) - epoch_seconds(piece_end_at)) / 3600 else 0 end as free_after_hours
    from ordered
),

measured as (
    select
        employee_key,
        week_sunday_date as breach_date,
        greatest(max(free_before_hours), max(free_after_hours)) as measured_value
    from free_stretches
    group by employee_key, week_sunday_date
),

final as (
    select
        employee_key,
        'WEEKLY_REST' as rule_id,
        breach_date,
        measured_value
    from measured
)

select * from final
