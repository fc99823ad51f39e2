-- Power BI: overtime (OT) and call-out (UTR) hours per month and org unit, by the Oslo month of the
-- shift's start. A cell that intermediate.int_turnus__suppressed_cells hides (about fewer than
-- min_persons persons who had such shifts, or hidden with it so that the month's published total of
-- the kind does not give it away) has hours and persons empty and is_suppressed true; such a cell
-- may be about nobody.
-- Grain: month x org unit x kind. Key: (month_key, org_unit_key, hour_kind).
-- Suppression: a cell about 1 to min_persons - 1 persons (default 5), or hidden with it so that the organisation's total per month and kind does not give it away (secondary suppression), has persons and hours empty and is_suppressed true.
-- Columns:
--   month_key: the Oslo month of the shifts' start as yyyymm (bi_calendar_month).
--   month_start_date: the first day of the month.
--   month_label: the month as yyyy-MM.
--   is_last_13_months: the reporting month and the twelve before it.
--   org_unit_key: the org unit (bi_turnus_org_units).
--   org_unit_name: the org unit's name.
--   hour_kind: Overtid (overtime shifts, OT) or Uttrykning (call-outs during standby, UTR).
--   persons: the persons who had such shifts in the month; empty when suppressed.
--   hours: the hours of those shifts; empty when suppressed.
--   is_suppressed: the cell is hidden (see the suppression rule); it may be about nobody.
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
        cast(published_cells.month_key as integer) as month_key,
        calendar.month_start_date,
        calendar.month_label,
        calendar.is_last_13_months,
        units.bi_key as org_unit_key,
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
