-- The monthly series of media-log uptime per component (definitions.md, "Media log uptime"), for
-- the months with an availability file up to the reporting month; a month without one has no row,
-- so its uptime reads as unknown (empty), never 100 %. Grain: month. Key: month_start_date.
-- Columns:
--   month_start_date: the first day of the month.
--   month_key: the month as yyyymm.
--   month_label: the month as yyyy-MM.
--   central_pct: uptime of the central components and call logging (SENTRAL), 0-100, unrounded.
--   end_user_pct: uptime of the access for end users (SLUTTBRUKER), 0-100, unrounded.
--   central_unplanned_outage_seconds: SENTRAL's unplanned outage time in the month, merged and clipped (central_pct's lost time).
--   end_user_unplanned_outage_seconds: SLUTTBRUKER's unplanned outage time in the month, merged and clipped.
--   seconds_in_month: the month's real length in seconds in Europe/Oslo (the percentages' denominator).
--   source_file: the availability file the month was read from (its newest).
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
