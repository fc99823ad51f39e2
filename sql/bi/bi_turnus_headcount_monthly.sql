-- Power BI: headcount and fte at each month's end per org unit and employment category. A cell that
-- intermediate.int_turnus__suppressed_cells hides (about fewer than min_persons persons, or hidden
-- with it so that the published totals per category do not give it away) has persons and fte empty
-- and is_suppressed true (sources.md, "Personal data"); such a cell may be about nobody.
-- Grain: month x org unit x category. Key: (month_key, org_unit_key, employment_category).
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

suppression as (
    select * from intermediate.int_turnus__suppressed_cells
    where staff_table = 'headcount'
),

-- the cells with persons, and the hidden ones without
published_cells as (
    select
        month_key,
        org_unit_key,
        cell_group as employment_category,
        is_suppressed
    from suppression
    where person_count > 0 or is_suppressed
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
        published_cells.month_key,
        calendar.month_start_date,
        calendar.month_label,
        calendar.is_last_13_months,
        published_cells.org_unit_key,
        units.org_unit_name,
        published_cells.employment_category,
        case when not published_cells.is_suppressed then per_cell.person_count end as persons,
        case when not published_cells.is_suppressed then per_cell.fte end as fte,
        published_cells.is_suppressed
    from published_cells
    left join per_cell using (month_key, org_unit_key, employment_category)
    join calendar using (month_key)
    join units using (org_unit_key)
)

select * from final
