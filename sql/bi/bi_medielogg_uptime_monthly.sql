-- Power BI: media-log uptime per month and component, with outage minutes; months without an
-- availability file have no row (unknown uptime). Grain: month x component. Key: (month_key, component_key).
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
        uptime.month_key,
        uptime.component_key,
        months.month_start_date,
        months.month_label,
        months.month_name_nb,
        months.year_number,
        months.is_year_to_date,
        months.is_last_13_months,
        components.component_code,
        components.component_name_nb as component_name,
        uptime.uptime_pct,
        round(uptime.unplanned_outage_seconds / 60, 2) as unplanned_outage_minutes,
        uptime.unplanned_outages,
        round(uptime.planned_outage_seconds / 60, 2) as planned_maintenance_minutes,
        uptime.planned_outages as planned_maintenances,
        months.hours_in_month
    from uptime
    join components using (component_key)
    join months using (month_key)
)

select * from final
