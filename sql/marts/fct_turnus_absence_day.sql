-- Absences at day grain: every calendar day of every absence spell (all codes), with whether it is
-- an agreed working day of the person (Monday-Friday, not a public holiday, employed that day) and
-- the sick-leave case it belongs to. Stays in the work warehouse (person level, health data).
-- Grain: absence x calendar day. Key: (absence_id, absence_date).
-- Materialized: incremental by month month_key;
--   months from intermediate.int_turnus__absence_months
-- Columns:
--   absence_id: the absence spell.
--   absence_date: the day.
--   date_key: the day as yyyymmdd.
--   month_key: the day's month as yyyymm.
--   employee_key: the HMAC pseudonym of the person.
--   employee_version_key: the employee version valid that day, null if the person was not employed.
--   org_unit_key: surrogate key of the org unit that day.
--   absence_code: the absence code as turnus gives it.
--   degree_pct: the grade of the absence in percent.
--   is_sick_leave: whether the code is sick leave (definitions.md).
--   position_pct: the position percentage that day.
--   is_agreed_day: an agreed working day: employed, Monday-Friday, not a public holiday.
--   sick_case_key: surrogate key of the sick-leave case, null for other absence.
--   case_length_days: the length of that case in calendar days.
--   is_long_term: a case of more than 16 days.
with absences as (
    select * from intermediate.int_turnus__absences
),

employees as (
    select * from marts.dim_turnus_employee
),

holidays as (
    select * from marts.dim_calendar_public_holiday
),

sick_days as (
    select * from intermediate.int_turnus__sick_days
),

days as (
    select
        absence_id,
        employee_key,
        absence_code,
        degree_pct,
        is_sick_leave,
        cast(days_of(from_date, to_date) as date) as absence_date
    from absences
),

final as (
    select
        days.absence_id,
        days.absence_date,
        date_key(days.absence_date) as date_key,
        year(days.absence_date) * 100 + month(days.absence_date) as month_key,
        days.employee_key,
        employees.employee_version_key,
        employees.org_unit_key,
        days.absence_code,
        days.degree_pct,
        days.is_sick_leave,
        employees.position_pct,
        employees.employee_version_key is not null
            and iso_weekday(days.absence_date) <= 5
            and holidays.holiday_date is null as is_agreed_day,
        sick_days.sick_case_key,
        sick_days.case_length_days,
        sick_days.is_long_term
    from days
    left join employees
        on employees.employee_key = days.employee_key
        and days.absence_date between employees.valid_from and coalesce(employees.valid_to, date '9999-12-31')
    left join holidays on holidays.holiday_date = days.absence_date
    left join sick_days
        on days.is_sick_leave
        and sick_days.employee_key = days.employee_key
        and sick_days.sick_date = days.absence_date
)

select * from final
