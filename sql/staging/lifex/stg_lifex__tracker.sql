-- LifeX tracker rows as landed, one row per control room and snapshot; the snapshot date is the
-- date in the workbook's name (landed as its delivery stamp).
-- Grain: control room x snapshot. Key: (control_room_id, snapshot_date).
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
