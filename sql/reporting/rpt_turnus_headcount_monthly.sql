-- Headcount per month (definitions.md, "Headcount"): persons with an employment valid on the month's
-- last day, FAST permanent, MIDLERTIDIG temporary, LAERLING and TRAINEE trainees; fte = sum of
-- position_pct / 100. From the first month a shifts or absences file was delivered for to the
-- reporting month, and not after the month of the newest employees delivery (definitions.md, "Known
-- months": a later month is unknown, so it has no row). Grain: month. Key: month_start_date.
-- Suppression: none; organisation-wide monthly totals that the business report prints (sources.md, "Personal data"), about no single unit.
-- Columns:
--   month_start_date: the first day of the month.
--   month_key: the month as yyyymm.
--   month_label: the month as yyyy-MM.
--   permanent_count: persons with a permanent employment (FAST) valid on the month's last day.
--   temporary_count: persons with a temporary employment (MIDLERTIDIG).
--   trainee_count: apprentices and trainees (LAERLING, TRAINEE).
--   total_count: all persons employed on the month's last day.
--   fte: their full-time equivalents, the sum of position_pct / 100.
with months as (
    select * from marts.dim_calendar_month
),

employees as (
    select * from marts.dim_turnus_employee
),

bounds as (
    select
        (select min(month_start_date) from intermediate.int_turnus__delivered_months) as first_month_start_date,
        (
            select cast(date_trunc('month', max(delivery_stamp)) as date)
            from landed_files('turnus')
            where feed = 'employees'
        ) as last_month_start_date
),

reported_months as (
    select months.*
    from months
    cross join bounds
    where months.month_start_date >= bounds.first_month_start_date
      and months.month_start_date <= bounds.last_month_start_date
      and months.month_start_date <= (select month_start_date from months where is_reporting_month)
),

employed_at_month_end as (
    select
        reported_months.month_start_date,
        employees.employee_key,
        employees.employment_category,
        employees.position_pct
    from reported_months
    join employees
        on reported_months.month_end_date between employees.valid_from and coalesce(employees.valid_to, date '9999-12-31')
),

per_month as (
    select
        month_start_date,
        count(distinct employee_key) filter (where employment_category = 'permanent') as permanent_count,
        count(distinct employee_key) filter (where employment_category = 'temporary') as temporary_count,
        count(distinct employee_key) filter (where employment_category = 'trainee') as trainee_count,
        count(distinct employee_key) as total_count,
        sum(position_pct) / 100 as fte
    from employed_at_month_end
    group by month_start_date
),

final as (
    select
        reported_months.month_start_date,
        reported_months.month_key,
        reported_months.month_label,
        coalesce(per_month.permanent_count, 0) as permanent_count,
        coalesce(per_month.temporary_count, 0) as temporary_count,
        coalesce(per_month.trainee_count, 0) as trainee_count,
        coalesce(per_month.total_count, 0) as total_count,
        coalesce(per_month.fte, 0) as fte
    from reported_months
    left join per_month using (month_start_date)
)

select * from final
