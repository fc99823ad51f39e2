-- Every control room in every snapshot, with what the snapshot before it said (how planned dates
-- moved). Grain: control room x snapshot. Key: (control_room_id, snapshot_date).
-- The other columns are those of stg_lifex__tracker, described there.
-- Columns:
--   snapshot_no: the snapshot's place in time, 1 the oldest.
--   is_current_snapshot: the newest snapshot.
--   previous_snapshot_date: the snapshot before that lists the room.
--   previous_planned_cutover_date: the planned date that snapshot gave.
--   previous_status: the status it gave.
--   is_replanned: whether the planned date moved since.
--   planned_days_moved: by how many days.
with tracker as (
    select * from staging.stg_lifex__tracker
),

snapshots as (
    select
        *,
        row_number() over (order by snapshot_date) as snapshot_no,
        snapshot_date = max(snapshot_date) over () as is_current_snapshot
    from staging.stg_lifex__snapshots
),

with_previous as (
    select
        tracker.*,
        snapshots.snapshot_no,
        snapshots.is_current_snapshot,
        lag(tracker.snapshot_date) over room as previous_snapshot_date,
        lag(tracker.planned_cutover_date) over room as previous_planned_cutover_date,
        lag(tracker.status) over room as previous_status
    from tracker
    join snapshots using (snapshot_date)
    window room as (partition by tracker.control_room_id order by tracker.snapshot_date)
),

final as (
    select
        *,
        previous_snapshot_date is not null
            and planned_cutover_date is distinct from previous_planned_cutover_date as is_replanned,
        planned_cutover_date - previous_planned_cutover_date as planned_days_moved
    from with_previous
)

select * from final
