-- Sick leave per person and month (definitions.md, "Sick leave"): agreed days weighted by
-- position_pct / 100, and lost days (position_pct / 100 x grade, each day once at its highest grade)
-- split by the class of the case they belong to. Months: those an absences file was delivered for,
-- up to the reporting month (without the file, a month's sick leave is unknown, not 0).
-- Grain: person x month (and org unit, when a person changes unit within a month). Key:
-- (employee_key, month_key, org_unit_key).
-- Materialized: incremental by month month_key
-- Columns:
--   employee_key: the HMAC pseudonym of the person.
--   month_key: the month as yyyymm.
--   org_unit_key: surrogate key of the org unit.
--   agreed_days: agreed working days weighted by position_pct / 100.
--   lost_days_short_term: days lost to cases of at most 16 days (position_pct / 100 x grade).
--   lost_days_long_term: days lost to cases of more than 16 days.
--   lost_days: all days lost to sick leave.
with employees as (
    select * from marts.dim_turnus_employee
),

holidays as (
    select * from marts.dim_calendar_public_holiday
),

sick_days as (
    select * from intermediate.int_turnus__sick_days
),

bounds as (
    select
        min(cast(regexp_extract(file_name, '^absences_(\d{4}-\d{2})_', 1) || '-01' as date)) as first_date,
        cast(date_trunc('month', run_date() - interval 1 day) + interval 1 month - interval 1 day as date) as last_date
    from landed_files('turnus')
    where feed = 'absences'
),

delivered_months as (
    select distinct cast(regexp_extract(file_name, '^absences_(\d{4}-\d{2})_', 1) || '-01' as date) as month_start_date
    from landed_files('turnus')
    where feed = 'absences'
),

employed_days as (
    select
        employees.employee_key,
        employees.org_unit_key,
        employees.position_pct,
        cast(days_of(
            greatest(employees.valid_from, bounds.first_date),
            least(coalesce(employees.valid_to, bounds.last_date), bounds.last_date)
        ) as date) as calendar_date
    from employees
    cross join bounds
    where employees.valid_from <= bounds.last_date
      and coalesce(employees.valid_to, bounds.last_date) >= bounds.first_date
),

agreed_days as (
    select employed_days.*
    from employed_days
    left join holidays on holidays.holiday_date = employed_days.calendar_date
    join delivered_months on delivered_months.month_start_date = date_trunc('month', employed_days.calendar_date)
    where iso_weekday(employed_days.calendar_date) <= 5
      and holidays.holiday_date is null
),

weighted as (
    select
        agreed_days.employee_key,
        agreed_days.org_unit_key,
        year(agreed_days.calendar_date) * 100 + month(agreed_days.calendar_date) as month_key,
        -- decimals, in hundredths of a percent: the sums are exact, whatever order they are added up in
        agreed_days.position_pct as agreed_pct,
        coalesce(agreed_days.position_pct * sick_days.grade_pct, 0) as lost_pct_pct,
        coalesce(sick_days.is_long_term, false) as is_long_term
    from agreed_days
    left join sick_days
        on sick_days.employee_key = agreed_days.employee_key
        and sick_days.sick_date = agreed_days.calendar_date
),

final as (
    select
        employee_key,
        month_key,
        org_unit_key,
        cast(sum(agreed_pct) / 100 as decimal(18, 6)) as agreed_days,
        cast(coalesce(sum(lost_pct_pct) filter (where not is_long_term), 0) / 10000 as decimal(18, 6)) as lost_days_short_term,
        cast(coalesce(sum(lost_pct_pct) filter (where is_long_term), 0) / 10000 as decimal(18, 6)) as lost_days_long_term,
        cast(sum(lost_pct_pct) / 10000 as decimal(18, 6)) as lost_days
    from weighted
    group by employee_key, month_key, org_unit_key
)

select * from final
