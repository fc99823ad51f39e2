-- Power BI: completed and other video calls per month and platform, long format for slicing.
-- Grain: month x platform. Key: (month_key, platform).
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
        unpivoted.month_key,
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
