-- Sick days (definitions.md, "Sick leave"): every calendar day covered by an EGM or SYK absence,
-- once, at the highest grade covering it (EGM 100 %, SYK degree_pct), with the case it belongs
-- to: a run of sick days with no calendar day between them, EGM and SYK chained. A case of at most
-- 16 calendar days is short-term, a longer one long-term, all its days alike.
-- Grain: person x calendar day. Key: (employee_key, sick_date).
-- Columns:
--   employee_key: the HMAC pseudonym of the person.
--   sick_date: the calendar day.
--   grade: the highest grade covering the day, as a fraction (1 = 100 %).
--   grade_pct: the same in percent.
--   has_egm: an EGM (self-certified) absence covers the day.
--   has_syk: a SYK (certified) absence covers the day.
--   sick_case_key: surrogate key of the case the day belongs to.
--   case_start_date: the case's first day.
--   case_end_date: its last day.
--   case_length_days: its length in calendar days.
--   is_long_term: a case of more than 16 days.
with absences as (
    select * from intermediate.int_turnus__absences
    where is_sick_leave
),

days as (
    select
        employee_key,
        cast(days_of(from_date, to_date) as date) as sick_date,
        case when absence_code = 'EGM' then 100 else degree_pct end as grade_pct,
        absence_code
    from absences
),

per_day as (
    select
        employee_key,
        sick_date,
        max(grade_pct) as grade_pct,
        bool_or(absence_code = 'EGM') as has_egm,
        bool_or(absence_code = 'SYK') as has_syk
    from days
    group by employee_key, sick_date
),

-- Consecutive days share (date - their rank): the classic gaps-and-islands grouping.
islands as (
    select
        *,
        sick_date - cast(row_number() over (partition by employee_key order by sick_date) as integer) as island
    from per_day
),

cases as (
    select
        *,
        min(sick_date) over (partition by employee_key, island) as case_start_date,
        max(sick_date) over (partition by employee_key, island) as case_end_date
    from islands
),

final as (
    select
        employee_key,
        sick_date,
        grade_pct / 100.0 as grade,
        grade_pct,
        has_egm,
        has_syk,
        surrogate_key(employee_key || ':' || cast(case_start_date as varchar)) as sick_case_key,
        case_start_date,
        case_end_date,
        datediff('day', case_start_date, case_end_date) + 1 as case_length_days,
        datediff('day', case_start_date, case_end_date) + 1 > 16 as is_long_term
    from cases
)

select * from final
