-- Power BI: sick leave per month and org unit (short-term, long-term and total percent of agreed
-- days). Health data: a unit-month that intermediate.int_turnus__suppressed_cells hides (about fewer
-- than min_persons persons, or hidden with it so that the month's published total does not give it
-- away) has percentages and days empty and is_suppressed true. Grain: month x org unit.
-- Key: (month_key, org_unit_key).
with sick_leave as (
    select * from marts.fct_turnus_sick_leave_monthly
),

reported as (
    select month_key from reporting.rpt_turnus_sick_leave_monthly
),

calendar as (
    select * from marts.dim_calendar_month
),

units as (
    select * from marts.dim_turnus_org_unit
),

suppression as (
    select * from intermediate.int_turnus__suppressed_cells
    where staff_table = 'sick_leave'
),

per_cell as (
    select
        sick_leave.month_key,
        sick_leave.org_unit_key,
        count(distinct sick_leave.employee_key) as person_count,
        sum(sick_leave.agreed_days) as agreed_days,
        sum(sick_leave.lost_days_short_term) as lost_days_short_term,
        sum(sick_leave.lost_days_long_term) as lost_days_long_term,
        sum(sick_leave.lost_days) as lost_days
    from sick_leave
    join reported using (month_key)
    group by sick_leave.month_key, sick_leave.org_unit_key
),

final as (
    select
        per_cell.month_key,
        calendar.month_start_date,
        calendar.month_label,
        calendar.is_last_13_months,
        per_cell.org_unit_key,
        units.org_unit_name,
        case when not suppression.is_suppressed then per_cell.person_count end as persons,
        case when not suppression.is_suppressed then per_cell.agreed_days end as agreed_days,
        case when not suppression.is_suppressed then 100 * per_cell.lost_days_short_term / nullif(per_cell.agreed_days, 0) end as short_term_pct,
        case when not suppression.is_suppressed then 100 * per_cell.lost_days_long_term / nullif(per_cell.agreed_days, 0) end as long_term_pct,
        case when not suppression.is_suppressed then 100 * per_cell.lost_days / nullif(per_cell.agreed_days, 0) end as total_pct,
        suppression.is_suppressed
    from per_cell
    join suppression using (month_key, org_unit_key)
    join calendar using (month_key)
    join units using (org_unit_key)
)

select * from final
