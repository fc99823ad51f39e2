-- Which cells of the published staff tables are hidden (sources.md, "Personal data"), decided once
-- for the bi views that show them. A cell about 1 to min_persons - 1 persons is hidden (primary).
-- The sum of each group of cells is published organisation-wide in reporting.rpt_turnus_*
-- (headcount and fte per month and employment category, sick leave per month, hours per month and
-- kind), so a group with exactly one hidden cell would give it away by subtraction: then the next
-- smallest cell of the group is hidden too (secondary). The groups of a table do not overlap, so one
-- pass settles them. The next smallest is a cell about persons where the group has one; only where
-- the hidden cell is the group's one cell with persons is a cell about nobody hidden instead (it is
-- published as a hidden row, so a reader cannot tell it from a small one). A group of one cell
-- cannot be protected: its sum is the organisation's, which the report prints.
-- Reads the marts, since it decides about the cells the bi views make of them.
-- Grain: staff table x month x org unit x cell group. Key: (staff_table, month_key, org_unit_key, cell_group).
-- Columns: staff_table ('headcount', 'sick_leave', 'hours'); cell_group, the group within the month
-- (the employment category, the kind of hours, 'all' for sick leave); person_count, the distinct
-- persons the cell is about (0: a unit of the month without any in this group); is_primary
-- (fewer than min_persons); is_secondary (hidden so that the primary cell cannot be worked out);
-- is_suppressed, either.
with headcount_months as (
    select * from reporting.rpt_turnus_headcount_monthly
),

sick_leave_months as (
    select * from reporting.rpt_turnus_sick_leave_monthly
),

hours_months as (
    select * from reporting.rpt_turnus_hours_monthly
),

calendar as (
    select * from marts.dim_calendar_month
),

employees as (
    select * from marts.dim_turnus_employee
),

sick_leave as (
    select * from marts.fct_turnus_sick_leave_monthly
),

shifts as (
    select * from marts.fct_turnus_shift
),

units as (
    select * from marts.dim_turnus_org_unit
),

privacy as (
    select * from marts.privacy_settings
),

employed_at_month_end as (
    select
        headcount_months.month_key,
        employees.org_unit_key,
        employees.employment_category,
        employees.employee_key,
        employees.position_pct
    from headcount_months
    join calendar using (month_key)
    join employees
        on calendar.month_end_date between employees.valid_from and coalesce(employees.valid_to, date '9999-12-31')
),

-- every unit with employees at the month's end, in every category of the month: a unit without
-- persons of a category is a cell of 0 persons
headcount_cells as (
    select
        'headcount' as staff_table,
        unit_months.month_key,
        unit_months.org_unit_key,
        categories.employment_category as cell_group,
        count(distinct employed_at_month_end.employee_key) as person_count,
        coalesce(sum(employed_at_month_end.position_pct), 0) / 100 as size_measure
    from (select distinct month_key, org_unit_key from employed_at_month_end) as unit_months
    join (select distinct month_key, employment_category from employed_at_month_end) as categories using (month_key)
    left join employed_at_month_end
        on employed_at_month_end.month_key = unit_months.month_key
        and employed_at_month_end.org_unit_key = unit_months.org_unit_key
        and employed_at_month_end.employment_category = categories.employment_category
    group by unit_months.month_key, unit_months.org_unit_key, categories.employment_category
),

sick_leave_cells as (
    select
        'sick_leave' as staff_table,
        sick_leave.month_key,
        sick_leave.org_unit_key,
        'all' as cell_group,
        count(distinct sick_leave.employee_key) as person_count,
        sum(sick_leave.agreed_days) as size_measure
    from sick_leave
    join sick_leave_months using (month_key)
    group by sick_leave.month_key, sick_leave.org_unit_key
),

hours_shifts as (
    select
        shifts.month_key,
        shifts.org_unit_key,
        shifts.employee_key,
        shifts.duration_seconds,
        case shifts.shift_type when 'OT' then 'Overtid' when 'UTR' then 'Uttrykning' end as hour_kind
    from shifts
    join hours_months using (month_key)
),

-- every unit with shifts in the month, for each kind of hours the month has
hours_cells as (
    select
        'hours' as staff_table,
        unit_months.month_key,
        unit_months.org_unit_key,
        kinds.hour_kind as cell_group,
        count(distinct hours_shifts.employee_key) as person_count,
        coalesce(sum(hours_shifts.duration_seconds), 0) / 3600.0 as size_measure
    from (select distinct month_key, org_unit_key from hours_shifts) as unit_months
    join (select distinct month_key, hour_kind from hours_shifts where hour_kind is not null) as kinds using (month_key)
    left join hours_shifts
        on hours_shifts.month_key = unit_months.month_key
        and hours_shifts.org_unit_key = unit_months.org_unit_key
        and hours_shifts.hour_kind = kinds.hour_kind
    group by unit_months.month_key, unit_months.org_unit_key, kinds.hour_kind
),

cells as (
    select * from headcount_cells
    union all
    select * from sick_leave_cells
    union all
    select * from hours_cells
),

primary_flagged as (
    select
        cells.*,
        cells.person_count > 0 and cells.person_count < privacy.min_persons as is_primary
    from cells
    cross join privacy
),

ranked as (
    select
        primary_flagged.*,
        count(*) filter (where is_primary) over (partition by staff_table, month_key, cell_group) as primary_cells_in_group,
        -- the next smallest shown cell: one about persons before one about nobody, then the fewest
        -- persons, the smallest figure, and the unit's name so that the choice is the same each night
        row_number() over (
            partition by staff_table, month_key, cell_group, is_primary
            order by person_count = 0, person_count, size_measure, units.org_unit_name
        ) as shown_rank
    from primary_flagged
    join units using (org_unit_key)
),

final as (
    select
        staff_table,
        month_key,
        org_unit_key,
        cell_group,
        person_count,
        is_primary,
        not is_primary and primary_cells_in_group = 1 and shown_rank = 1 as is_secondary,
        is_primary or is_secondary as is_suppressed
    from ranked
)

select * from final
