-- The monthly series of video calls per platform (definitions.md, "Video calls": distinct completed
-- calls by the Europe/Oslo month of their start). Each platform on its own covers the months from its
-- first delivery (or its first call, if earlier) to the month of its newest delivery stamp
-- (definitions.md, "Known months"): a month outside is unknown, so its figures are empty, and so is
-- the total of a month one platform does not cover. A month neither platform covers has no row.
-- Grain: month. Key: month_start_date.
-- Columns:
--   month_start_date: the first day of the month.
--   month_key: the month as yyyymm.
--   month_label: the month as yyyy-MM.
--   bliksund_completed_calls: distinct completed Bliksund calls started in the month (Oslo); empty when Bliksund does not cover the month.
--   snla_completed_calls: distinct completed SNLA calls started in the month; empty when SNLA does not cover the month.
--   total_completed_calls: both platforms' completed calls, as the report counts them; empty unless both cover the month.
--   bliksund_calls: all distinct Bliksund calls started in the month, whatever their outcome; empty when not covered.
--   snla_calls: all distinct SNLA calls started in the month; empty when not covered.
--   not_completed_calls: all calls of both platforms less the completed ones; empty unless both cover the month.
with months as (
    select * from marts.dim_calendar_month
),

calls as (
    select * from marts.fct_video_call
),

deliveries as (
    select feed as platform, delivery_stamp from landed_files('video')
),

first_calls as (
    select calls.platform, min(months.month_start_date) as month_start_date
    from calls
    join months using (month_key)
    group by calls.platform
),

coverage as (
    select
        deliveries.platform,
        least(
            cast(date_trunc('month', min(deliveries.delivery_stamp)) as date),
            min(first_calls.month_start_date)
        ) as first_month_start_date,
        cast(date_trunc('month', max(deliveries.delivery_stamp)) as date) as last_month_start_date
    from deliveries
    left join first_calls using (platform)
    group by deliveries.platform
),

covered as (
    select
        months.month_key,
        bool_or(coverage.platform = 'bliksund') as has_bliksund,
        bool_or(coverage.platform = 'snla') as has_snla
    from months
    join coverage
        on months.month_start_date between coverage.first_month_start_date and coverage.last_month_start_date
    group by months.month_key
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

counted as (
    select
        months.month_start_date,
        months.month_key,
        months.month_label,
        case when covered.has_bliksund then coalesce(per_month.bliksund_completed_calls, 0) end as bliksund_completed_calls,
        case when covered.has_snla then coalesce(per_month.snla_completed_calls, 0) end as snla_completed_calls,
        case when covered.has_bliksund then coalesce(per_month.bliksund_calls, 0) end as bliksund_calls,
        case when covered.has_snla then coalesce(per_month.snla_calls, 0) end as snla_calls
    from covered
    join months using (month_key)
    left join per_month using (month_key)
),

final as (
    select
        month_start_date,
        month_key,
        month_label,
        bliksund_completed_calls,
        snla_completed_calls,
        bliksund_completed_calls + snla_completed_calls as total_completed_calls,
        bliksund_calls,
        snla_calls,
        bliksund_calls + snla_calls - bliksund_completed_calls - snla_completed_calls as not_completed_calls
    from counted
)

select * from final
