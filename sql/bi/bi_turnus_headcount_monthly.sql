-- Power BI: headcount and fte at each month's end per org unit and employment category. A cell about
-- fewer than marts.privacy_settings.min_persons persons is suppressed: persons and fte empty,
-- is_suppressed true (sources.md, "Personal data"). Grain: month x org unit x category.
-- Key: (month_key, org_unit_key, employment_category).
with months as (
    select * from reporting.rpt_turnus_headcount_monthly
),

calendar as (
    select * from marts.dim_calendar_month
),

employees as (
    select * from marts.dim_turnus_employee
),

units as (
    select * from marts.dim_turnus_org_unit
),

privacy as (
    select * from marts.privacy_settings
),

per_cell as (
    select
        months.month_key,
        employees.org_unit_key,
        employees.employment_category,
        count(distinct employees.employee_key) as person_count,
        sum(employees.position_pct) / 100 as fte
    from months
    join calendar using (month_key)
    join employees
        on calendar.month_end_date between employees.valid_from and coalesce(employees.valid_to, date '9999-12-31')
    group by months.month_key, employees.org_unit_key, employees.employment_category
),

final as (
    select
        per_cell.month_key,
        calendar.month_start_date,
        calendar.month_label,
        calendar.is_last_13_months,
        per_cell.org_unit_key,
        units.org_unit_name,
        per_cell.employment_category,
        case when per_cell.person_count >= privacy.min_persons then per_cell.person_count end as persons,
        case when per_cell.person_count >= privacy.min_persons then per_cell.fte end as fte,
        per_cell.person_count < privacy.min_persons as is_suppressed
    from per_cell
    cross join privacy
    join calendar using (month_key)
    join units using (org_unit_key)
)

select * from final
