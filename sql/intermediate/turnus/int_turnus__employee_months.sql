-- Per month that has shifts or absences, a fingerprint of the employee versions in effect in it, cut
-- to the month: what a month's rows of the shift and absence facts join to, so their months maps
-- (int_turnus__shift_months, int_turnus__absence_months) tell the months a changed staff list touches.
-- Grain: month. Key: month_key.
-- Columns:
--   month_key: the month as yyyymm.
--   row_count: the employee versions in effect in it.
--   fingerprint: their fingerprint (rows_fingerprint) with what the facts take of them, cut to the month.
with employees as (
    select * from marts.dim_turnus_employee
),

shift_months as (
    select distinct cast(date_trunc('month', start_local) as date) as month_start_date
    from intermediate.int_turnus__shifts
),

absence_months as (
    select distinct cast(months_of(date_trunc('month', from_date), date_trunc('month', to_date)) as date) as month_start_date
    from intermediate.int_turnus__absences
),

months as (
    select
        month_start_date,
        last_day(month_start_date) as month_end_date
    from (select * from shift_months union select * from absence_months)
),

versions as (
    select
        year(months.month_start_date) * 100 + month(months.month_start_date) as month_key,
        employees.employee_key,
        employees.employee_version_key,
        employees.org_unit_key,
        employees.position_pct,
        greatest(employees.valid_from, months.month_start_date) as from_date,
        least(coalesce(employees.valid_to, date '9999-12-31'), months.month_end_date) as to_date
    from months
    join employees
        on employees.valid_from <= months.month_end_date
        and coalesce(employees.valid_to, date '9999-12-31') >= months.month_start_date
),

final as (
    select
        month_key,
        count(*) as row_count,
        rows_fingerprint(row(employee_key, employee_version_key, org_unit_key, position_pct, from_date, to_date)) as fingerprint
    from versions
    group by month_key
)

select * from final
