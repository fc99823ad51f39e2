-- Working time per person as work intervals (definitions.md, "Working-time breaches"): the union of
-- the person's ORD, OT and UTR shifts; shifts that touch or overlap are one interval. Standby (BV)
-- is not working time, so it neither adds hours nor breaks a rest; a call-out (UTR) inside a standby
-- does both. Instants are real (timestamptz); the local columns are Europe/Oslo wall time.
-- Grain: work interval. Key: (employee_key, interval_start_at).
with shifts as (
    select employee_key, start_at, end_at
    from intermediate.int_turnus__shifts
    where shift_type in ('ORD', 'OT', 'UTR')
      and end_at > start_at
),

-- the latest end among the person's earlier shifts: a shift starting after it opens a new interval
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

intervals as (
    select
        employee_key,
        interval_number,
        min(start_at) as interval_start_at,
        max(end_at) as interval_end_at,
        count(*) as shift_count,
    from numbered
    group by employee_key, interval_number
),

final as (
    select
        employee_key,
        interval_number,
        interval_start_at,
        interval_end_at,
        timezone('Europe/Oslo', interval_start_at) as interval_start_local,
        timezone('Europe/Oslo', interval_end_at) as interval_end_local,
        cast(timezone('Europe/Oslo', interval_start_at) as date) as interval_start_date,
        -- the UTC day of the start, a join key for the 24-hour windows of the daily rules
        epoch_us(interval_start_at) // 86400000000 as interval_start_day_number,
        lead(interval_start_at) over (partition by employee_key order by interval_start_at) as next_interval_start_at,
        (epoch(interval_end_at) - epoch(interval_start_at)) / 3600 as interval_hours,
        shift_count,
    from intervals
)

select * from final
