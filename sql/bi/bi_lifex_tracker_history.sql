-- Power BI: every control room in every tracker snapshot, with how its planned date moved since
-- the snapshot before. Grain: control room x snapshot. Key: (control_room_key, snapshot_date_key).
with history as (
    select * from marts.fct_lifex_tracker_snapshot
),

rooms as (
    select * from marts.dim_lifex_control_room
),

final as (
    select
        history.control_room_key,
        history.snapshot_date_key,
        history.snapshot_date,
        history.is_current_snapshot,
        rooms.control_room_name,
        rooms.control_room_type,
        rooms.health_region,
        history.status,
        history.planned_cutover_date,
        history.previous_planned_cutover_date,
        history.is_replanned,
        history.planned_days_moved,
        history.cutover_date,
        history.comment
    from history
    join rooms using (control_room_key)
)

select * from final
