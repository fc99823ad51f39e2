-- The history of the tracker: every control room in every snapshot kept, with the planned date the
-- snapshot before said. Grain: control room x snapshot. Key: (control_room_key, snapshot_date_key).
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
