-- The monthly series of video calls per platform (definitions.md, "Video calls": distinct completed
-- calls by the Europe/Oslo month of their start), from the first month with a call to the month of
-- the newest delivery. A platform covers the months from its first delivery to its newest delivery
-- stamp (definitions.md, "Known months"); outside them its counts, and the totals, are unknown (null).
-- Grain: month. Key: month_start_date.
-- Columns:
--   month_start_date: the first day of the month.
--   month_key: the month as yyyymm.
--   month_label: the month as yyyy-MM.
--   bliksund_completed_calls: distinct completed Bliksund calls started in the month (Oslo).
--   snla_completed_calls: distinct completed SNLA calls started in the month.
--   total_completed_calls: both platforms' completed calls, as the report counts them.
--   bliksund_calls: all distinct Bliksund calls started in the month, whatever their outcome.
--   snla_calls: all distinct SNLA calls started in the month.
--   not_completed_calls: all calls of both platforms less the completed ones.
with months as (
    select * from marts.dim_calendar_month
),

calls as (
    select * from marts.fct_video_call
),

deliveries as (
    select feed as platform, delivery_stamp
    from meta.landed_file
    where source = 'video'
),

coverage as (
    select
        platform,
        cast(date_trunc('month', min(delivery_stamp)) as date) as first_month_start_date,
        cast(date_trunc('month', max(delivery_stamp)) as date) as last_month_start_date
    from deliveries
    group by platform
),

bounds as (
    select min(month_key) as first_month_key from calls
),

per_month as (
    select
        month_key,
        count(*) filter (where platform = 'bliksund' and is_completed) as bliksund_completed_calls,
        count(*) filter (where platform = 'snla' and is_completed) as snla_completed_calls,
        count(*) filter (where platform = 'bliksund') as bliksund_calls,
        count(*) filter (where platform = 'snla') as snla_calls
    from calls
    group by month_key
),

covered as (
    select
        months.month_start_date,
        months.month_key,
        months.month_label,
        exists (
            select 1 from coverage
            where platform = 'bliksund'
              and months.month_start_date between first_month_start_date and last_month_start_date
        ) as is_bliksund_covered,
        exists (
            select 1 from coverage
            where platform = 'snla'
              and months.month_start_date between first_month_start_date and last_month_start_date
        ) as is_snla_covered
    from months
    cross join bounds
    where months.month_key >= bounds.first_month_key
      and months.month_start_date <= (select max(last_month_start_date) from coverage)
),

final as (
    select
        covered.month_start_date,
        covered.month_key,
        covered.month_label,
        case when covered.is_bliksund_covered then coalesce(per_month.bliksund_completed_calls, 0) end as bliksund_completed_calls,
        case when covered.is_snla_covered then coalesce(per_month.snla_completed_calls, 0) end as snla_completed_calls,
        case when covered.is_bliksund_covered and covered.is_snla_covered
            then coalesce(per_month.bliksund_completed_calls, 0) + coalesce(per_month.snla_completed_calls, 0)
        end as total_completed_calls,
        case when covered.is_bliksund_covered then coalesce(per_month.bliksund_calls, 0) end as bliksund_calls,
        case when covered.is_snla_covered then coalesce(per_month.snla_calls, 0) end as snla_calls,
        case when covered.is_bliksund_covered and covered.is_snla_covered
            then coalesce(per_month.bliksund_calls, 0) + coalesce(per_month.snla_calls, 0)
                - coalesce(per_month.bliksund_completed_calls, 0) - coalesce(per_month.snla_completed_calls, 0)
        end as not_completed_calls
    from covered
    left join per_month on per_month.month_key = covered.month_key
)

select * from final
