-- OVERTIME_WEEK, "Overtid pr. 7 dager" (definitions.md): the OT hours in each ISO week (real hours of
-- the person's OT shifts inside Monday 00:00 to Monday 00:00 local time). A breach when above 10 h
-- (20 h with dispensation on the week's Sunday). Dated the week's Sunday. Weeks in which the person
-- has working time are checked.
-- Checked against the limits of int_turnus__aml_rules in int_turnus__aml_breaches.
-- Grain: person x week with working time. Key: (employee_key, breach_date).
-- Columns:
--   employee_key: the HMAC pseudonym of the person.
--   rule_id: OVERTIME_WEEK.
--   breach_date: the day the value is dated: the week's Sunday.
--   measured_value: the overtime hours of the ISO week.
with week_totals as (
    select * from intermediate.int_turnus__aml_week_totals
),

final as (
    select
        employee_key,
        'OVERTIME_WEEK' as rule_id,
        week_sunday_date as breach_date,
        overtime_hours as measured_value
    from week_totals
)

select * from final
