-- The months whose uptime is known: those with an availability file, each with its newest file
-- (sources.md: per month, newest) and the month's bounds as instants (Europe/Oslo months).
-- Grain: month. Key: month_start_date.
-- Columns:
--   month_start_date: the first day of a month with an availability file.
--   source_file: the newest availability file for it.
--   delivery_stamp: that file's delivery stamp.
--   delivered_at: the delivery stamp, read as Oslo wall time, as an instant (UTC).
--   month_start_at: the month's start (Oslo midnight) as an instant.
--   month_end_at: the next month's start as an instant (exclusive).
with files as (
    select * from staging.stg_medielogg__availability_files
),

ranked as (
    select
        *,
        row_number() over (
            partition by availability_month_start_date
            order by delivery_stamp desc, source_file desc
        ) as delivery_rank
    from files
),

final as (
    select
        availability_month_start_date as month_start_date,
        source_file,
        delivery_stamp,
        delivered_at,
        oslo_month_start_at(year(availability_month_start_date), month(availability_month_start_date)) as month_start_at,
        oslo_month_start_at(
            year(availability_month_start_date + interval 1 month), month(availability_month_start_date + interval 1 month)
        ) as month_end_at
    from ranked
    where delivery_rank = 1
)

select * from final
