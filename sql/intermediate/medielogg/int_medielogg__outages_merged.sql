-- The outage time of each component in each month with a file (definitions.md, "Media log
-- uptime"): the outages of the month's newest file, an ongoing one (no end) lasting until the
-- file's delivery, clipped to the month, overlapping ones of the same kind merged.
-- Grain: month x component x is_planned x merged interval. Key: (month_start_date, component_code, is_planned, interval_no).
-- Columns:
--   month_start_date: the month.
--   component_code: the component.
--   is_planned: whether the merged outages are planned ones.
--   interval_no: the merged interval's number within month, component and kind.
--   start_at: its start, clipped to the month, UTC.
--   end_at: its end, clipped to the month, UTC.
--   outage_count: the outages merged into it.
--   duration_seconds: its length in seconds.
with months as (
    select * from intermediate.int_medielogg__availability_months
),

outages as (
    select * from staging.stg_medielogg__availability
),

clipped as (
    select
        months.month_start_date,
        outages.component_code,
        outages.is_planned,
        greatest(outages.outage_start_at, months.month_start_at) as start_at,
        least(coalesce(outages.outage_end_at, outages.delivered_at), months.month_end_at) as end_at
    from outages
    join months using (source_file)
),

positive as (
    select * from clipped where end_at > start_at
),

with_previous_end as (
    select
        *,
        max(end_at) over (
            partition by month_start_date, component_code, is_planned
            order by start_at, end_at
            rows between unbounded preceding and 1 preceding
        ) as previous_end_at
    from positive
),

numbered as (
    select
        *,
        sum(case when previous_end_at is null or start_at > previous_end_at then 1 else 0 end) over (
            partition by month_start_date, component_code, is_planned
            order by start_at, end_at
            rows unbounded preceding
        ) as interval_no
    from with_previous_end
),

final as (
    select
        month_start_date,
        component_code,
        is_planned,
        interval_no,
        min(start_at) as start_at,
        max(end_at) as end_at,
        count(*) as outage_count,
        epoch_seconds(max(end_at)) - epoch_seconds(min(start_at)) as duration_seconds
    from numbered
    group by month_start_date, component_code, is_planned, interval_no
)

select * from final
