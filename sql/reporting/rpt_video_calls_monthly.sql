-- The monthly series of video calls per platform (definitions.md, "Video calls": distinct completed
-- calls by the Europe/Oslo month of their start), from the first month with a call to the reporting
-- month or the month of the newest delivery stamp, whichever is later (definitions.md, "Known
-- months": a month outside has no row, so it is unknown). Both platforms share these months.
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
    select delivery_stamp from meta.landed_file where source = 'video'
),

bounds as (
    select
        (select min(month_key) from calls) as first_month_key,
        greatest(
            (select month_start_date from months where is_reporting_month),
            (select cast(date_trunc('month', max(delivery_stamp)) as date) from deliveries)
        ) as last_month_start_date
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

final as (
    select
        months.month_start_date,
        months.month_key,
        months.month_label,
        coalesce(per_month.bliksund_completed_calls, 0) as bliksund_completed_calls,
        coalesce(per_month.snla_completed_calls, 0) as snla_completed_calls,
        coalesce(per_month.bliksund_completed_calls, 0) + coalesce(per_month.snla_completed_calls, 0) as total_completed_calls,
        coalesce(per_month.bliksund_calls, 0) as bliksund_calls,
        coalesce(per_month.snla_calls, 0) as snla_calls,
        coalesce(per_month.bliksund_calls, 0) + coalesce(per_month.snla_calls, 0)
            - coalesce(per_month.bliksund_completed_calls, 0) - coalesce(per_month.snla_completed_calls, 0) as not_completed_calls
    from months
    cross join bounds
    left join per_month on per_month.month_key = months.month_key
    where months.month_key >= bounds.first_month_key
      and months.month_start_date <= bounds.last_month_start_date
)

select * from final
