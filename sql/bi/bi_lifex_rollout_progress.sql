-- Power BI: rollout progress per month, health region and control-room type, from the newest
-- snapshot: control rooms in the tracker, moved by the month's end, moved in the month, remaining.
-- Grain: month x region x type. Key: (month_key, health_region, control_room_type).
-- Columns:
--   month_key: the month as yyyymm (bi_calendar_month).
--   month_start_date: the first day of the month.
--   month_label: the month as yyyy-MM.
--   health_region: the health region.
--   control_room_type: the kind of control room.
--   control_rooms: the control rooms of the region and type in the newest snapshot (moved_pct's denominator).
--   moved_by_month_end: of those, moved to LifeX by the month's last day (moved_pct's numerator).
--   moved_in_month: of those, moved to LifeX in the month.
--   remaining: control_rooms less moved_by_month_end.
--   moved_pct: moved_by_month_end over control_rooms, in percent.
with months as (
    select * from reporting.rpt_lifex_rollout_monthly
),

rooms as (
    select
        history.health_region,
        history.control_room_type,
        history.is_moved,
        history.cutover_date
    from intermediate.int_lifex__snapshot_history as history
    where history.is_current_snapshot
),

groups as (
    select distinct health_region, control_room_type from rooms
),

final as (
    select
        cast(months.month_key as integer) as month_key,
        months.month_start_date,
        months.month_label,
        groups.health_region,
        groups.control_room_type,
        count(rooms.health_region) as control_rooms,
        count(*) filter (where rooms.is_moved and rooms.cutover_date <= last_day(months.month_start_date)) as moved_by_month_end,
        count(*) filter (where rooms.is_moved and rooms.cutover_date between months.month_start_date and last_day(months.month_start_date))
            as moved_in_month,
        count(rooms.health_region)
            - count(*) filter (where rooms.is_moved and rooms.cutover_date <= last_day(months.month_start_date)) as remaining,
        100.0 * count(*) filter (where rooms.is_moved and rooms.cutover_date <= last_day(months.month_start_date))
            / count(rooms.health_region) as moved_pct
    from months
    cross join groups
    join rooms on rooms.health_region = groups.health_region and rooms.control_room_type = groups.control_room_type
    group by
        months.month_key,
        months.month_start_date,
        months.month_label,
        groups.health_region,
        groups.control_room_type
)

select * from final
