-- Sick leave per month (definitions.md, "Sick leave"): lost agreed days as a share of agreed days,
-- split by short-term (cases of at most 16 days) and long-term cases; the shares add up to the total.
-- Unrounded. A month with no agreed day (no employees) has empty percentages; a month with no
-- absences file has no row (unknown). Grain: month. Key: month_start_date.
-- Suppression: none; organisation-wide monthly totals that the business report prints (sources.md, "Personal data"), about no single unit.
-- Columns:
--   month_start_date: the first day of the month.
--   month_key: the month as yyyymm.
--   month_label: the month as yyyy-MM.
--   employee_count: the persons with agreed days in the month.
--   agreed_days: agreed working days, weighted by position percentage (the percentages' denominator).
--   lost_days_short_term: days lost to sick-leave cases of at most 16 days, weighted by degree (short_term_pct's numerator).
--   lost_days_long_term: days lost to sick-leave cases longer than 16 days, weighted by degree (long_term_pct's numerator).
--   short_term_pct: lost_days_short_term over agreed_days, in percent.
--   long_term_pct: lost_days_long_term over agreed_days, in percent.
--   total_pct: all lost days over agreed days, in percent; empty when the month has no agreed day.
with months as (
    select * from marts.dim_calendar_month
),

sick_leave as (
    select * from marts.fct_turnus_sick_leave_monthly
),

delivered as (
    select month_start_date from intermediate.int_turnus__delivered_months where feed = 'absences'
),

per_month as (
    select
        month_key,
        count(distinct employee_key) as employee_count,
        sum(agreed_days) as agreed_days,
        sum(lost_days_short_term) as lost_days_short_term,
        sum(lost_days_long_term) as lost_days_long_term,
        sum(lost_days) as lost_days
    from sick_leave
    group by month_key
),

final as (
    select
        months.month_start_date,
        months.month_key,
        months.month_label,
        coalesce(per_month.employee_count, 0) as employee_count,
        coalesce(per_month.agreed_days, 0) as agreed_days,
        coalesce(per_month.lost_days_short_term, 0) as lost_days_short_term,
        coalesce(per_month.lost_days_long_term, 0) as lost_days_long_term,
        100 * per_month.lost_days_short_term / nullif(per_month.agreed_days, 0) as short_term_pct,
        100 * per_month.lost_days_long_term / nullif(per_month.agreed_days, 0) as long_term_pct,
        100 * per_month.lost_days / nullif(per_month.agreed_days, 0) as total_pct
    from months
    join delivered using (month_start_date)
    left join per_month using (month_key)
    where months.month_start_date <= (select month_start_date from months where is_reporting_month)
)

select * from final
