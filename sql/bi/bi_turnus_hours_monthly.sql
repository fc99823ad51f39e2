-- Power BI: overtime (OT) and call-out (UTR) hours per month and org unit, by the Oslo month of the
-- shift's start. A cell about fewer than marts.privacy_settings.min_persons persons (who had such
-- shifts) is suppressed: hours and persons empty, is_suppressed true.
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

privacy as (
    select * from marts.privacy_settings
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
        per_cell.month_key,
        calendar.month_start_date,
        calendar.month_label,
        calendar.is_last_13_months,
        per_cell.org_unit_key,
        units.org_unit_name,
        per_cell.hour_kind,
        case when per_cell.person_count >= privacy.min_persons then per_cell.person_count end as persons,
        case when per_cell.person_count >= privacy.min_persons then per_cell.hours end as hours,
        per_cell.person_count < privacy.min_persons as is_suppressed
    from per_cell
    cross join privacy
    join calendar using (month_key)
    join units using (org_unit_key)
)

select * from final
