-- The months whose uptime is known: those with an availability file, each with its newest file
-- (sources.md: per month, newest) and the month's bounds as instants (Europe/Oslo months).
-- Grain: month. Key: month_start_date.
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
