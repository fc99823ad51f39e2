-- Every landed tracker snapshot, from the landing registry (a snapshot whose rows were all
-- quarantined is still a snapshot). Grain: snapshot. Key: snapshot_date.
-- Columns:
--   snapshot_date: the date of the snapshot (from the file name).
--   source_file: the tracker workbook.
--   control_rooms_listed: the rows it landed.
--   rows_quarantined: the rows it quarantined.
with landed as (
    select * from landed_files('lifex')
    where feed = 'tracker'
),

final as (
    select
        cast(delivery_stamp as date) as snapshot_date,
        file_name as source_file,
        records_accepted as control_rooms_listed,
        records_quarantined as rows_quarantined
    from landed
)

select * from final
