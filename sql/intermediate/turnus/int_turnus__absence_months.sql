-- Which months of fct_turnus_absence_day a night rewrites: per month, a fingerprint of all its rows
-- are computed from: the absences that overlap it (cut to the month), its sick days with the case each
-- belongs to, and the employee versions in effect in it. A sick-leave case that grows into the next
-- month changes its length on every day, so every month it covers is rewritten.
-- Grain: month x part. Key: (month_key, part).
-- Columns:
--   month_key: the month as yyyymm.
--   part: what the fingerprint is of: absences, sick days or employee versions.
--   row_count: the rows it is of.
--   fingerprint: the rows' fingerprint (rows_fingerprint).
-- Materialized: table (the months whose rows change here are the months fct_turnus_absence_day rewrites).
with absences as (
    select * from intermediate.int_turnus__absences
),

sick_days as (
    select * from intermediate.int_turnus__sick_days
),

employee_months as (
    select * from intermediate.int_turnus__employee_months
),

absence_months as (
    select
        *,
        cast(months_of(date_trunc('month', from_date), date_trunc('month', to_date)) as date) as month_start_date
    from absences
),

absence_parts as (
    select
        year(month_start_date) * 100 + month(month_start_date) as month_key,
        'absences' as part,
        count(*) as row_count,
        rows_fingerprint(row(
            absence_id,
            employee_key,
            absence_code,
            degree_pct,
            is_sick_leave,
            greatest(from_date, month_start_date),
            least(to_date, last_day(month_start_date))
        )) as fingerprint
    from absence_months
    group by month_key
),

sick_day_parts as (
    select
        year(sick_date) * 100 + month(sick_date) as month_key,
        'sick days' as part,
        count(*) as row_count,
        rows_fingerprint(row(employee_key, sick_date, sick_case_key, case_length_days, is_long_term)) as fingerprint
    from sick_days
    group by month_key
),

employee_parts as (
    select month_key, 'employee versions' as part, row_count, fingerprint
    from employee_months
),

final as (
    select * from absence_parts
    union all
    select * from sick_day_parts
    union all
    select * from employee_parts
)

select * from final
