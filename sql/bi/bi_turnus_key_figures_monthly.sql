-- Power BI: the organisation's staff key figures per month, the additive parts of the report's
-- "Nøkkeltall i foretaket" (definitions.md, "Key figures of the year"): sick leave's lost and agreed
-- days, the breaches, overtime and call-out hours, and the targets, so that the Power BI measures of
-- a month, the year to date and the last 13 months are sums over these rows. A month a source does
-- not cover has its figures empty (unknown, not 0).
-- Grain: month. Key: month_key.
-- Suppression: none; organisation-wide monthly totals that the business report prints (sources.md, "Personal data"), about no single unit.
-- Columns:
--   month_key: the month as yyyymm (bi_calendar_month).
--   month_start_date: the first day of the month.
--   month_label: the month as yyyy-MM.
--   is_year_to_date: January to the reporting month of its year.
--   is_last_13_months: the reporting month and the twelve before it.
--   agreed_days: agreed working days, weighted by position percentage (sick leave's denominator); empty when no absences file covers the month.
--   lost_days: days lost to sick leave, weighted by degree (sick leave's numerator); empty when no absences file covers the month.
--   breaches: the working-time breaches of all rules dated in the month; empty when no shifts file covers it.
--   overtime_hours: the real elapsed hours of overtime shifts (OT) starting in the month; empty when no shifts file covers it.
--   callout_hours: the real elapsed hours of call-outs (UTR) starting in the month; empty when no shifts file covers it.
--   sick_leave_target_pct: the sick leave the month must stay below, in percent (the same limit for any period).
--   breaches_target: the breaches the month must stay below (a period's limit is the sum over its months).
with months as (
    select * from marts.dim_calendar_month
),

sick_leave as (
    select * from reporting.rpt_turnus_sick_leave_monthly
),

hours as (
    select * from reporting.rpt_turnus_hours_monthly
),

breaches as (
    select * from reporting.rpt_turnus_aml_breaches_monthly_total
),

targets as (
    select * from staging.stg_turnus__seed_key_figure_targets
),

known as (
    select month_key from sick_leave
    union
    select month_key from hours
    union
    select month_key from breaches
),

final as (
    select
        cast(months.month_key as integer) as month_key,
        months.month_start_date,
        months.month_label,
        months.is_year_to_date,
        months.is_last_13_months,
        cast(sick_leave.agreed_days as double) as agreed_days,
        cast(sick_leave.lost_days_short_term + sick_leave.lost_days_long_term as double) as lost_days,
        breaches.breach_count as breaches,
        cast(hours.overtime_hours as double) as overtime_hours,
        cast(hours.callout_hours as double) as callout_hours,
        (select target_per_month from targets where figure = 'sick_leave_pct') as sick_leave_target_pct,
        (select target_per_month from targets where figure = 'aml_breaches') as breaches_target
    from known
    join months using (month_key)
    left join sick_leave using (month_key)
    left join hours using (month_key)
    left join breaches using (month_key)
)

select * from final
