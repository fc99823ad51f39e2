-- The LifeX rollout per health region and month (definitions.md, "LifeX rollout"), from the newest snapshot:
-- control rooms in the tracker, moved by the month's end, and whether the region is complete.
-- Grain: month x health region. Key: (month_start_date, health_region).
-- Columns:
--   month_start_date: the first day of the month.
--   month_key: the month as yyyymm.
--   month_label: the month as yyyy-MM.
--   health_region: the health region (Nord, Midt, Vest, Sør-Øst).
--   control_rooms: the region's control rooms in the newest snapshot.
--   moved_by_month_end: of those, status Omlagt with Omlagt dato on or before the month's last day.
--   is_complete: every control room of the region moved by the month's end.
with months as (
    select * from reporting.rpt_lifex_rollout_monthly
),

rooms as (
    select * from intermediate.int_lifex__snapshot_history
    where is_current_snapshot
),

calendar as (
    select month_key, month_end_date from marts.dim_calendar_month
),

regions as (
    select
        months.month_start_date,
        months.month_key,
        months.month_label,
        rooms.health_region,
        count(*) as control_rooms,
        sum(case when rooms.is_moved and rooms.cutover_date <= calendar.month_end_date then 1 else 0 end) as moved_by_month_end
    from months
    join calendar on calendar.month_key = months.month_key
    cross join rooms
    group by months.month_start_date, months.month_key, months.month_label, rooms.health_region
),

final as (
    select
        month_start_date,
        month_key,
        month_label,
        health_region,
        control_rooms,
        moved_by_month_end,
        moved_by_month_end = control_rooms as is_complete
    from regions
)

select * from final
