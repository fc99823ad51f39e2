-- One row per valid shift (ordinary, overtime, standby, call-out) with the employee version valid
-- on its start date. Hours are real elapsed hours. Stays in the work warehouse (person level).
-- Grain: shift. Key: shift_key (MD5 of shift_id); natural key shift_id.
-- Materialized: incremental by month month_key;
--   months from intermediate.int_turnus__shift_months
-- Columns:
--   shift_key: surrogate key of the shift.
--   shift_id: the shift's id in turnus.
--   employee_key: the HMAC pseudonym of the person.
--   employee_version_key: the employee version valid on the start date.
--   org_unit_key: surrogate key of the org unit.
--   org_unit_id: the org unit.
--   shift_type: ORD ordinary, OT overtime, BV standby, UTR call-out.
--   is_working_time: whether the shift is working time (ORD, OT, UTR).
--   start_at: the start, UTC.
--   end_at: the end, UTC.
--   start_local: the start, Oslo wall time.
--   end_local: the end, Oslo wall time.
--   start_date_key: the start's Oslo date as yyyymmdd.
--   start_date: the start's Oslo date.
--   month_key: the start's Oslo month as yyyymm.
--   duration_hours: the real elapsed hours.
--   duration_seconds: the real elapsed time in whole seconds.
with shifts as (
    select * from intermediate.int_turnus__shifts
),

employees as (
    select * from marts.dim_turnus_employee
),

final as (
    select
        surrogate_key(shifts.shift_id) as shift_key,
        shifts.shift_id,
        shifts.employee_key,
        employees.employee_version_key,
        surrogate_key(shifts.org_unit_id) as org_unit_key,
        shifts.org_unit_id,
        shifts.shift_type,
        shifts.shift_type in ('ORD', 'OT', 'UTR') as is_working_time,
        shifts.start_at,
        shifts.end_at,
        shifts.start_local,
        shifts.end_local,
        date_key(shifts.start_local) as start_date_key,
        cast(shifts.start_local as date) as start_date,
        year(shifts.start_local) * 100 + month(shifts.start_local) as month_key,
        shifts.duration_hours,
        -- whole seconds: sums of them are exact, so a total never depends on the order it was added up in
        cast(round(epoch_seconds(shifts.end_at - shifts.start_at)) as bigint) as duration_seconds
    from shifts
    left join employees
        on employees.employee_key = shifts.employee_key
        and cast(shifts.start_local as date) between employees.valid_from and coalesce(employees.valid_to, date '9999-12-31')
)

select * from final
