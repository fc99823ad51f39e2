-- Media-log uptime over the year to date of each month (definitions.md, "Media log uptime"): the unplanned
-- outage time of January to the month over the period's length, per component; unknown (null) unless every
-- month of the period has an availability file, never 100 % by default.
-- Grain: month. Key: month_start_date.
-- Columns:
--   month_start_date: the last month of the period (January to it).
--   month_key: the last month of the period as yyyymm.
--   month_label: the last month of the period as yyyy-MM.
--   period_start_date: January of its year.
--   months_in_period: the months January..month.
--   months_with_file: of those, the months with an availability file; the uptime is unknown unless all have one.
--   central_pct: SENTRAL's unplanned outage time of the period over the period's length, as uptime 0-100; empty when a month has no file.
--   end_user_pct: SLUTTBRUKER's uptime over the period, the same way.
with monthly as (
    select * from reporting.rpt_medielogg_uptime_monthly
),

months as (
    select * from marts.dim_calendar_month
),

periods as (
    select
        period_end.month_start_date,
        period_end.month_key,
        period_end.month_label,
        min(period_month.month_start_date) as period_start_date,
        period_end.month_number as months_in_period,
        count(monthly.month_key) as months_with_file,
        sum(monthly.central_unplanned_outage_seconds) as central_unplanned_outage_seconds,
        sum(monthly.end_user_unplanned_outage_seconds) as end_user_unplanned_outage_seconds,
        sum(monthly.seconds_in_month) as seconds_in_period
    from months as period_end
    join months as period_month
        on period_month.year_number = period_end.year_number
        and period_month.month_number <= period_end.month_number
    left join monthly on monthly.month_key = period_month.month_key
    where period_end.month_start_date >= (select min(month_start_date) from monthly)
      and period_end.month_start_date <= (select month_start_date from months where is_reporting_month)
    group by period_end.month_start_date, period_end.month_key, period_end.month_label, period_end.month_number
),

final as (
    select
        month_start_date,
        month_key,
        month_label,
        period_start_date,
        months_in_period,
        months_with_file,
        case when months_with_file = months_in_period
            then 100 * (1 - central_unplanned_outage_seconds / seconds_in_period) end as central_pct,
        case when months_with_file = months_in_period
            then 100 * (1 - end_user_unplanned_outage_seconds / seconds_in_period) end as end_user_pct
    from periods
)

select * from final
