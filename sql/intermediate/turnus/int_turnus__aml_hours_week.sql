-- HOURS_WEEK, "AML timer pr. uke" (definitions.md): the working hours (ORD, OT and UTR, their
-- union) in each ISO week, Monday 00:00 to Monday 00:00 local time, in real hours. A breach when
-- above 48 h (54 h with dispensation on the week's Sunday). Dated the week's Sunday.
-- Checked against the limits of int_turnus__aml_rules in int_turnus__aml_breaches.
-- Grain: person x week with working time. Key: (employee_key, breach_date).
-- Columns:
--   employee_key: the HMAC pseudonym of the person.
--   rule_id: HOURS_WEEK.
--   breach_date: the day the value is dated: the week's Sunday.
--   measured_value: the working hours of the ISO week.
with week_totals as (
    select * from intermediate.int_turnus__aml_week_totals
),

final as (
    select
        employee_key,
        'HOURS_WEEK' as rule_id,
        week_sunday_date as breach_date,
        working_hours as measured_value
    from week_totals
)

select * from final
