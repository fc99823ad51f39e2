-- Which months of fct_turnus_shift a night rewrites: per month of the shifts' Oslo start, a
-- fingerprint of all its rows are computed from, its shifts after newest delivery wins (a shift id
-- that moves to another month's file changes both months) and the employee versions in effect in it.
-- A month whose rows here differ from the last build's is rewritten; the others are as they were.
-- Grain: month x part. Key: (month_key, part).
-- Columns:
--   month_key: the month as yyyymm.
--   part: what the fingerprint is of: shifts or employee versions.
--   row_count: the rows it is of.
--   fingerprint: the rows' fingerprint (rows_fingerprint).
-- Materialized: table (the months whose rows change here are the months fct_turnus_shift rewrites).
with shifts as (
    select * from intermediate.int_turnus__shifts
),

employee_months as (
    select * from intermediate.int_turnus__employee_months
),

shift_parts as (
    select
        year(start_local) * 100 + month(start_local) as month_key,
        'shifts' as part,
        count(*) as row_count,
        rows_fingerprint(row(shift_id, employee_key, org_unit_id, shift_type, start_at, end_at, start_local, end_local, duration_hours)) as fingerprint
    from shifts
    group by month_key
),

employee_parts as (
    select month_key, 'employee versions' as part, row_count, fingerprint
    from employee_months
),

final as (
    select * from shift_parts
    union all
    select * from employee_parts
)

select * from final
