-- Overtime per person as intervals: the union of the person's OT shifts (touching or overlapping OT
-- shifts are one interval), so overtime hours are never counted twice. Same method as
-- int_aml__work_intervals. Grain: overtime interval. Key: (employee_key, interval_start_at).
with shifts as (
    select employee_key, start_at, end_at
    from intermediate.int_turnus__shifts
    where shift_type = 'OT'
      and end_at > start_at
),

with_previous_end as (
    select
        *,
        max(end_at) over (
            partition by employee_key order by start_at, end_at
            rows between unbounded preceding and 1 preceding
        ) as previous_end_at,
    from shifts
),

numbered as (
    select
        *,
        sum(case when previous_end_at is null or start_at > previous_end_at then 1 else 0 end) over (
            partition by employee_key order by start_at, end_at
            rows between unbounded preceding and current row
        ) as interval_number,
    from with_previous_end
),

final as (
    select
        employee_key,
        interval_number,
        min(start_at) as interval_start_at,
        max(end_at) as interval_end_at,
        timezone('Europe/Oslo', min(start_at)) as interval_start_local,
        timezone('Europe/Oslo', max(end_at)) as interval_end_local,
    from numbered
    group by employee_key, interval_number
)

select * from final
