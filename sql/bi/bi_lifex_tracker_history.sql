-- Power BI: every control room in every tracker snapshot, with how its planned date moved since
-- the snapshot before. Grain: control room x snapshot. Key: (control_room_key, snapshot_date_key).
-- Columns:
--   control_room_key: the control room (bi_lifex_control_rooms).
--   snapshot_date_key: the snapshot's date as yyyymmdd (bi_calendar_date).
--   snapshot_date: the date the tracker was saved (from the file name).
--   is_current_snapshot: the newest snapshot.
--   control_room_name: the room's name.
--   control_room_type: the kind of control room.
--   health_region: the health region.
--   status: the room's status in this snapshot.
--   planned_cutover_date: the planned cutover date in this snapshot.
--   previous_planned_cutover_date: the planned cutover date in the snapshot before that listed the room.
--   is_replanned: the planned date differs from the snapshot before.
--   planned_days_moved: planned_cutover_date less previous_planned_cutover_date, in days (positive: later).
--   cutover_date: the go-live date this snapshot gives (status Omlagt).
--   comment: the tracker's Kommentar.
with history as (
    select * from marts.fct_lifex_tracker_snapshot
),

rooms as (
    select * from marts.dim_lifex_control_room
),

final as (
    select
        rooms.bi_key as control_room_key,
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
        cast(history.planned_days_moved as integer) as planned_days_moved,
        history.cutover_date,
        history.comment
    from history
    join rooms using (control_room_key)
)

select * from final
