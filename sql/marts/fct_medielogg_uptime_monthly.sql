-- Uptime per media-log component and month (definitions.md, "Media log uptime"): unplanned outage
-- time, merged and clipped to the month, against the month's real length (743 or 745 hours in the
-- months with a daylight-saving change). Only months with an availability file: the others are
-- unknown. Grain: month x component. Key: (month_key, component_key).
-- Materialized: incremental by month month_key
-- Columns:
--   month_key: the month as yyyymm.
--   month_start_date: the first day of the month.
--   component_key: surrogate key of the component.
--   component_code: the component.
--   seconds_in_month: the month's real length in seconds.
--   unplanned_outage_seconds: unplanned outage time, merged and clipped to the month, in seconds.
--   unplanned_outages: the number of unplanned outages.
--   planned_outage_seconds: planned outage time in seconds (not counted against uptime).
--   planned_outages: the number of planned outages.
--   uptime_pct: 100 x (1 - unplanned outage seconds / seconds in the month).
--   source_file: the availability file of the month.
with months as (
    select * from intermediate.int_medielogg__availability_months
),

calendar as (
    select * from marts.dim_calendar_month
),

components as (
    select * from marts.dim_medielogg_component
),

merged as (
    select
        month_start_date,
        component_code,
        sum(duration_seconds) filter (where not is_planned) as unplanned_outage_seconds,
        sum(outage_count) filter (where not is_planned) as unplanned_outages,
        sum(duration_seconds) filter (where is_planned) as planned_outage_seconds,
        sum(outage_count) filter (where is_planned) as planned_outages
    from intermediate.int_medielogg__outages_merged
    group by month_start_date, component_code
),

final as (
    select
        calendar.month_key,
        months.month_start_date,
        components.component_key,
        components.component_code,
        calendar.hours_in_month * 3600 as seconds_in_month,
        coalesce(merged.unplanned_outage_seconds, 0) as unplanned_outage_seconds,
        coalesce(merged.unplanned_outages, 0) as unplanned_outages,
        coalesce(merged.planned_outage_seconds, 0) as planned_outage_seconds,
        coalesce(merged.planned_outages, 0) as planned_outages,
        100 * (1 - coalesce(merged.unplanned_outage_seconds, 0) / (calendar.hours_in_month * 3600)) as uptime_pct,
        months.source_file
    from months
    join calendar using (month_start_date)
    cross join components
    left join merged on merged.month_start_date = months.month_start_date and merged.component_code = components.component_code
)

select * from final
