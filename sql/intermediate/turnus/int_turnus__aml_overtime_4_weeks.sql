-- OVERTIME_4_WEEKS, "Overtid pr. 4 uker" (definitions.md): the OT hours in the ISO week and the 3
-- before it; a week without working time, or before the first delivered month, counts as 0 hours.
-- A breach when above 25 h (50 h with dispensation on the week's Sunday). Dated the week's Sunday.
-- Weeks in which the person has working time are checked.
-- Checked against the limits of int_turnus__aml_rules in int_turnus__aml_breaches.
-- Grain: person x week with working time. Key: (employee_key, breach_date).
-- Columns:
--   employee_key: the HMAC pseudonym of the person.
--   rule_id: OVERTIME_4_WEEKS.
--   breach_date: the day the value is dated: the week's Sunday.
--   measured_value: the overtime hours of the ISO week and the 3 before it.
with week_totals as (
    select * from intermediate.int_turnus__aml_week_totals
),

final as (
    select
        employee_key,
        'OVERTIME_4_WEEKS' as rule_id,
        week_sunday_date as breach_date,
        overtime_hours_4_weeks as measured_value
    from week_totals
)

select * from final
