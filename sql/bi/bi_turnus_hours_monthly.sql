-- Power BI: overtime (OT) and call-out (UTR) hours per month and org unit, by the Oslo month of the
-- shift's start. A cell that intermediate.int_turnus__suppressed_cells hides (about fewer than
-- min_persons persons who had such shifts, or hidden with it so that the month's published total of
-- the kind does not give it away) has hours and persons empty and is_suppressed true; such a cell
-- may be about nobody.
-- Grain: month x org unit x kind. Key: (month_key, org_unit_key, hour_kind).
with shifts as (
    select * from marts.fct_turnus_shift
    where shift_type in ('OT', 'UTR')
),

reported as (
    select month_key from reporting.rpt_turnus_hours_monthly
),

calendar as (
    select * from marts.dim_calendar_month
),

units as (
    select * from marts.dim_turnus_org_unit
),

suppression as (
    select * from intermediate.int_turnus__suppressed_cells
    where staff_table = 'hours'
),

-- the cells with persons, and the hidden ones without
published_cells as (
    select
        month_key,
        org_unit_key,
        cell_group as hour_kind,
        is_suppressed
    from suppression
    where person_count > 0 or is_suppressed
),

per_cell as (
    select
        shifts.month_key,
        shifts.org_unit_key,
        case shifts.shift_type when 'OT' then 'Overtid' else 'Uttrykning' end as hour_kind,
        count(distinct shifts.employee_key) as person_count,
        sum(shifts.duration_seconds) / 3600.0 as hours
    from shifts
    join reported using (month_key)
    group by shifts.month_key, shifts.org_unit_key, case shifts.shift_type when 'OT' then 'Overtid' else 'Uttrykning' end
),

final as (
    select
        published_cells.month_key,
        calendar.month_start_date,
        calendar.month_label,
        calendar.is_last_13_months,
        published_cells.org_unit_key,
        units.org_unit_name,
        published_cells.hour_kind,
        case when not published_cells.is_suppressed then per_cell.person_count end as persons,
        case when not published_cells.is_suppressed then per_cell.hours end as hours,
        published_cells.is_suppressed
    from published_cells
    left join per_cell using (month_key, org_unit_key, hour_kind)
    join calendar using (month_key)
    join units using (org_unit_key)
)

select * from final
