-- The monthly series of media-log uptime per component (definitions.md, "Media log uptime"), for
-- the months with an availability file up to the reporting month; a month without one has no row,
-- so its uptime reads as unknown (empty), never 100 %. Grain: month. Key: month_start_date.
with uptime as (
    select * from marts.fct_medielogg_uptime_monthly
),

months as (
    select * from marts.dim_calendar_month
),

final as (
    select
        months.month_start_date,
        months.month_key,
        months.month_label,
        max(uptime.uptime_pct) filter (where uptime.component_code = 'SENTRAL') as central_pct,
        max(uptime.uptime_pct) filter (where uptime.component_code = 'SLUTTBRUKER') as end_user_pct,
        max(uptime.unplanned_outage_seconds) filter (where uptime.component_code = 'SENTRAL') as central_unplanned_outage_seconds,
        max(uptime.unplanned_outage_seconds) filter (where uptime.component_code = 'SLUTTBRUKER') as end_user_unplanned_outage_seconds,
        max(uptime.seconds_in_month) as seconds_in_month,
        max(uptime.source_file) as source_file
    from uptime
    join months using (month_key)
    where months.month_start_date <= (select month_start_date from months where is_reporting_month)
    group by months.month_start_date, months.month_key, months.month_label
)

select * from final
