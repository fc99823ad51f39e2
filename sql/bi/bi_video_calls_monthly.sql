-- Power BI: completed and other video calls per month and platform, long format for slicing.
-- Grain: month x platform. Key: (month_key, platform).
-- Columns:
--   month_key: the Oslo month of the calls' start as yyyymm (bi_calendar_month).
--   month_start_date: the first day of the month.
--   month_label: the month as yyyy-MM.
--   month_name_nb: the month's Norwegian name.
--   year_number: the calendar year.
--   is_year_to_date: January to the reporting month of its year.
--   is_last_13_months: the reporting month and the twelve before it.
--   platform: Bliksund or SNLA.
--   completed_calls: the distinct completed calls started in the month (definitions.md, "Video calls").
--   all_calls: all distinct calls started in the month, whatever their outcome.
--   not_completed_calls: all_calls less completed_calls.
with monthly as (
    select * from reporting.rpt_video_calls_monthly
),

months as (
    select * from marts.dim_calendar_month
),

unpivoted as (
    select month_key, 'Bliksund' as platform, bliksund_completed_calls as completed_calls, bliksund_calls as all_calls from monthly
    union all
    select month_key, 'SNLA', snla_completed_calls, snla_calls from monthly
),

final as (
    select
        cast(unpivoted.month_key as integer) as month_key,
        months.month_start_date,
        months.month_label,
        months.month_name_nb,
        months.year_number,
        months.is_year_to_date,
        months.is_last_13_months,
        unpivoted.platform,
        unpivoted.completed_calls,
        unpivoted.all_calls,
        unpivoted.all_calls - unpivoted.completed_calls as not_completed_calls
    from unpivoted
    join months using (month_key)
)

select * from final
