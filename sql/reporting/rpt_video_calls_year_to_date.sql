-- Completed video calls in the year to date of each month (definitions.md, "Video calls"): January to the
-- month, per platform and in all, as the report's services page gives the period's total.
-- Grain: month. Key: month_start_date.
-- Columns:
--   month_start_date: the last month of the period (January to it).
--   month_key: the last month of the period as yyyymm.
--   month_label: the last month of the period as yyyy-MM.
--   period_start_date: January of its year.
--   bliksund_completed_calls: distinct completed Bliksund calls started in the period; empty when a month of it is unknown for Bliksund.
--   snla_completed_calls: distinct completed SNLA calls started in the period; empty when a month of it is unknown for SNLA.
--   total_completed_calls: both platforms' completed calls started in the period; empty when a month of it is unknown for either.
with monthly as (
    select * from reporting.rpt_video_calls_monthly
),

months as (
    select * from marts.dim_calendar_month
),

final as (
    select
        period_end.month_start_date,
        period_end.month_key,
        period_end.month_label,
        min(period_month.month_start_date) as period_start_date,
        case when count(monthly.bliksund_completed_calls) = count(*) then sum(monthly.bliksund_completed_calls) end as bliksund_completed_calls,
        case when count(monthly.snla_completed_calls) = count(*) then sum(monthly.snla_completed_calls) end as snla_completed_calls,
        case when count(monthly.total_completed_calls) = count(*) then sum(monthly.total_completed_calls) end as total_completed_calls
    from monthly as period_end_calls
    join months as period_end on period_end.month_key = period_end_calls.month_key
    join months as period_month
        on period_month.year_number = period_end.year_number
        and period_month.month_number <= period_end.month_number
    join monthly on monthly.month_key = period_month.month_key
    group by period_end.month_start_date, period_end.month_key, period_end.month_label
)

select * from final
