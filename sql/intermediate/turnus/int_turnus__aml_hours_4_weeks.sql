-- HOURS_4_WEEKS, "AML timer pr. 4 uker" (definitions.md): the working hours in the ISO week and
-- the 3 before it; a week without working time, or before the first delivered month, counts as 0
-- hours. A breach when above 192 h (216 h with dispensation on the week's Sunday). Dated the week's
-- Sunday. Weeks in which the person has working time are checked.
-- Checked against the limits of int_turnus__aml_rules in int_turnus__aml_breaches.
-- Grain: person x week with working time. Key: (employee_key, breach_date).
-- Columns:
--   employee_key: the HMAC pseudonym of the person.
--   rule_id: HOURS_4_WEEKS.
--   breach_date: the day the value is dated: the week's Sunday.
--   measured_value: the working hours of the ISO week and the 3 before it.
with week_totals as (
    select * from intermediate.int_turnus__aml_week_totals
),

final as (
    select
        employee_key,
        'HOURS_4_WEEKS' as rule_id,
        week_sunday_date as breach_date,
        working_hours_4_weeks as measured_value
    from week_totals
)

select * from final
