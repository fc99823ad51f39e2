-- LifeX tracker rows as landed, one row per control room and snapshot; the snapshot date is the
-- date in the workbook's name (landed as its delivery stamp).
-- Grain: control room x snapshot. Key: (control_room_id, snapshot_date).
-- Columns:
--   snapshot_date: the date of the snapshot.
--   control_room_id: the control room's name without stray spaces, in lower case.
--   control_room_name: the name as the tracker gives it.
--   control_room_type: AMK, Legevaktsentral, Akuttmottak or Annet.
--   health_region: the health region.
--   health_trust: the health trust.
--   planned_cutover_date: the planned date of the move to LifeX.
--   cutover_date: the date it moved, null until then.
--   status: the tracker's status.
--   is_moved: whether it has moved to LifeX.
--   comment: the tracker's comment.
--   source_file: the tracker workbook.
--   sheet_row: the row in its sheet.
--   record_no: the row's record number in the file.
with source as (
    select * from raw.lifex__tracker
),

renamed as (
    select
        cast(delivery_stamp as date) as snapshot_date,
        control_room_id,
        control_room_name,
        control_room_type,
        health_region,
        health_trust,
        planned_cutover_date,
        cutover_date,
        status,
        status = 'Omlagt' as is_moved,
        comment,
        source_file,
        sheet_row,
        record_no
    from source
),

final as (
    select * from renamed
)

select * from final
