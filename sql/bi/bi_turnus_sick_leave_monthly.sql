-- Power BI: sick leave per month and org unit (short-term, long-term and total percent of agreed
-- days). Health data: a unit-month that intermediate.int_turnus__suppressed_cells hides (about fewer
-- than min_persons persons, or hidden with it so that the month's published total does not give it
-- away) has percentages and days empty and is_suppressed true. Grain: month x org unit.
-- Key: (month_key, org_unit_key).
-- Suppression: a unit-month about 1 to min_persons - 1 persons (default 5), or hidden with it so that the organisation's monthly total does not give it away (secondary suppression), has persons, days and percentages empty and is_suppressed true.
-- Columns:
--   month_key: the month as yyyymm (bi_calendar_month).
--   month_start_date: the first day of the month.
--   month_label: the month as yyyy-MM.
--   is_last_13_months: the reporting month and the twelve before it.
--   org_unit_key: the org unit (bi_turnus_org_units).
--   org_unit_name: the org unit's name.
--   persons: the persons with agreed days in the unit and month; empty when suppressed.
--   agreed_days: agreed working days, weighted by position percentage (the percentages' denominator); empty when suppressed.
--   lost_days_short_term: days lost to sick-leave cases of at most 16 days, weighted by degree (short_term_pct's numerator); empty when suppressed.
--   lost_days_long_term: days lost to sick-leave cases longer than 16 days, weighted by degree (long_term_pct's numerator); empty when suppressed.
--   lost_days: all days lost to sick leave (total_pct's numerator); empty when suppressed.
--   short_term_pct: lost_days_short_term over agreed_days, in percent; empty when suppressed.
--   long_term_pct: lost_days_long_term over agreed_days, in percent; empty when suppressed.
--   total_pct: lost_days over agreed_days, in percent (definitions.md, "Sick leave"); empty when suppressed.
--   is_suppressed: the cell is hidden (see the suppression rule).
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
        cast(per_cell.month_key as integer) as month_key,
        calendar.month_start_date,
        calendar.month_label,
        calendar.is_last_13_months,
        units.bi_key as org_unit_key,
        units.org_unit_name,
        case when not suppression.is_suppressed then per_cell.person_count end as persons,
        case when not suppression.is_suppressed then cast(per_cell.agreed_days as double) end as agreed_days,
        case when not suppression.is_suppressed then cast(per_cell.lost_days_short_term as double) end as lost_days_short_term,
        case when not suppression.is_suppressed then cast(per_cell.lost_days_long_term as double) end as lost_days_long_term,
        case when not suppression.is_suppressed then cast(per_cell.lost_days as double) end as lost_days,
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
