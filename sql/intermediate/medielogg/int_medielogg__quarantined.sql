-- The availability rows only the build can find bad: an outage that does not overlap the month of
-- its file (sources.md: "the file for a month lists every outage that overlaps the month"). Such a
-- row would clip to nothing; it is quarantined so that a misfiled delivery is seen, not ignored.
-- BuildQuarantine copies new rows into meta.quarantined_record after the build.
-- Grain: quarantined record. Key: (file_name, record_no).
-- Columns:
--   source: medielogg.
--   feed: availability.
--   file_name: the availability file.
--   sha256: its content hash.
--   record_no: the row's record number in it.
--   field: the field found bad.
--   value: its value.
--   reason: why the row is quarantined.
with outages as (
    select * from staging.stg_medielogg__availability
),

landed as (
    select source, feed, file_name, sha256 from landed_files('medielogg') where feed = 'availability'
),

with_month as (
    select
        *,
        oslo_month_start_at(year(availability_month_start_date), month(availability_month_start_date)) as month_start_at,
        oslo_month_start_at(
            year(availability_month_start_date + interval 1 month), month(availability_month_start_date + interval 1 month)
        ) as month_end_at
    from outages
),

outside_their_month as (
    select
        'medielogg' as source,
        'availability' as feed,
        with_month.source_file as file_name,
        landed.sha256,
        with_month.record_no,
        'outage_start' as field,
        utc_label(with_month.outage_start_at) as value,
        'the outage does not overlap ' || month_label(with_month.availability_month_start_date)
            || ', the month of its file' as reason
    from with_month
    join landed on landed.file_name = with_month.source_file
    where with_month.outage_start_at >= with_month.month_end_at
       or coalesce(with_month.outage_end_at, with_month.delivered_at) <= with_month.month_start_at
),

final as (
    select * from outside_their_month
)

select * from final
