-- Every landed availability file, from the landing registry: a file that lists no outage has no
-- rows in the raw view, but it still says the month had none (100 %), unlike a month with no file.
-- Grain: file. Key: source_file.
-- Columns:
--   source_file: the availability file.
--   availability_month_start_date: the first day of the month it is for.
--   delivery_stamp: the file's delivery stamp (from its name).
--   delivered_at: the delivery stamp, read as Oslo wall time, as an instant (UTC).
--   outage_rows: the outages it lists (0: a month without outages).
with landed as (
    select * from landed_files('medielogg')
    where feed = 'availability'
),

final as (
    select
        file_name as source_file,
        cast(regexp_extract(file_name, '^availability_(\d{4}-\d{2})_', 1) || '-01' as date) as availability_month_start_date,
        delivery_stamp,
        oslo_instant(delivery_stamp) as delivered_at,
        records_accepted as outage_rows
    from landed
)

select * from final
