-- Power BI: headcount and fte at each month's end per org unit and employment category. A cell that
-- intermediate.int_turnus__suppressed_cells hides (about fewer than min_persons persons, or hidden
-- with it so that the published totals per category do not give it away) has persons and fte empty
-- and is_suppressed true (sources.md, "Personal data"); such a cell may be about nobody.
-- Grain: month x org unit x category. Key: (month_key, org_unit_key, employment_category).
-- Suppression: a cell about 1 to min_persons - 1 persons (default 5), or hidden with it so that the organisation's total per month and category does not give it away (secondary suppression), has persons and fte empty and is_suppressed true.
-- Columns:
--   month_key: the month as yyyymm (bi_calendar_month).
--   month_start_date: the first day of the month.
--   month_label: the month as yyyy-MM.
--   is_last_13_months: the reporting month and the twelve before it.
--   org_unit_key: the org unit (bi_turnus_org_units).
--   org_unit_name: the org unit's name.
--   employment_category: permanent, temporary or trainee (apprentices and trainees), as the report counts them.
--   persons: the persons employed at the month's end; empty when suppressed.
--   fte: their full-time equivalents (position percentages / 100); empty when suppressed.
--   is_suppressed: the cell is hidden (see the suppression rule); it may be about nobody.
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
        cast(published_cells.month_key as integer) as month_key,
        calendar.month_start_date,
        calendar.month_label,
        calendar.is_last_13_months,
        units.bi_key as org_unit_key,
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
