-- Power BI: media-log uptime per month and component, with outage minutes; months without an
-- availability file have no row (unknown uptime). Grain: month x component. Key: (month_key, component_key).
-- Columns:
--   month_key: the month as yyyymm (bi_calendar_month).
--   component_key: the component (bi_medielogg_components).
--   month_start_date: the first day of the month.
--   month_label: the month as yyyy-MM.
--   month_name_nb: the month's Norwegian name.
--   year_number: the calendar year.
--   is_year_to_date: January to the reporting month of its year.
--   is_last_13_months: the reporting month and the twelve before it.
--   component_code: SENTRAL (central components and call logging) or SLUTTBRUKER (access for end users).
--   component_name: the component's Norwegian name, as the report prints it.
--   uptime_pct: 100 x (1 - unplanned_outage_seconds / seconds_in_month) (definitions.md, "Media log uptime").
--   unplanned_outage_seconds: unplanned outage time in the month, merged and clipped to the month (uptime_pct's numerator, as lost time).
--   seconds_in_month: the month's real length in seconds in Europe/Oslo (uptime_pct's denominator).
--   unplanned_outage_minutes: unplanned_outage_seconds in minutes, rounded to two decimals.
--   unplanned_outages: the unplanned outages in the month, after merging overlaps.
--   planned_maintenance_seconds: announced maintenance in the month, merged and clipped; not counted against uptime.
--   planned_maintenance_minutes: planned_maintenance_seconds in minutes, rounded to two decimals.
--   planned_maintenances: the announced maintenance windows in the month, after merging overlaps.
--   hours_in_month: the month's real length in hours (743 or 745 in the months with a daylight-saving change).
with uptime as (
    select * from marts.fct_medielogg_uptime_monthly
),

components as (
    select * from marts.dim_medielogg_component
),

months as (
    select * from marts.dim_calendar_month
),

final as (
    select
        cast(uptime.month_key as integer) as month_key,
        components.bi_key as component_key,
        months.month_start_date,
        months.month_label,
        months.month_name_nb,
        months.year_number,
        months.is_year_to_date,
        months.is_last_13_months,
        components.component_code,
        components.component_name_nb as component_name,
        uptime.uptime_pct,
        cast(uptime.unplanned_outage_seconds as double) as unplanned_outage_seconds,
        cast(uptime.seconds_in_month as double) as seconds_in_month,
        round(uptime.unplanned_outage_seconds / 60, 2) as unplanned_outage_minutes,
        cast(uptime.unplanned_outages as bigint) as unplanned_outages,
        cast(uptime.planned_outage_seconds as double) as planned_maintenance_seconds,
        round(uptime.planned_outage_seconds / 60, 2) as planned_maintenance_minutes,
        cast(uptime.planned_outages as bigint) as planned_maintenances,
        months.hours_in_month
    from uptime
    join components using (component_key)
    join months using (month_key)
)

select * from final
