-- The history of the tracker: every control room in every snapshot kept, with the planned date the
-- snapshot before said. Grain: control room x snapshot. Key: (control_room_key, snapshot_date_key).
-- Materialized: incremental by month snapshot_date
-- Columns:
--   control_room_key: surrogate key of the control room.
--   snapshot_date_key: the snapshot's date as yyyymmdd.
--   snapshot_date: the snapshot's date.
--   snapshot_no: the snapshot's place in time, 1 the oldest.
--   is_current_snapshot: the newest snapshot.
--   planned_cutover_date: the planned date this snapshot gives.
--   previous_planned_cutover_date: the planned date the snapshot before gave.
--   is_replanned: whether the planned date moved since the snapshot before.
--   planned_days_moved: by how many days it moved.
--   cutover_date: the go-live date this snapshot gives.
--   status: the status this snapshot gives.
--   previous_status: the status the snapshot before gave.
--   is_moved: whether this snapshot has it moved to LifeX.
--   comment: the tracker's comment.
--   source_file: the tracker workbook.
--   sheet_row: the row in its sheet.
with history as (
    select * from intermediate.int_lifex__snapshot_history
),

final as (
    select
        surrogate_key(control_room_id) as control_room_key,
        date_key(snapshot_date) as snapshot_date_key,
        snapshot_date,
        snapshot_no,
        is_current_snapshot,
        planned_cutover_date,
        previous_planned_cutover_date,
        is_replanned,
        planned_days_moved,
        cutover_date,
        status,
        previous_status,
        is_moved,
        comment,
        source_file,
        sheet_row
    from history
)

select * from final
