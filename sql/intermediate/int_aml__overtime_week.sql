-- OVERTIME_WEEK, "Overtid pr. 7 dager" (definitions.md): the OT hours in each ISO week (real hours of
-- the person's OT shifts inside Monday 00:00 to Monday 00:00 local time). A breach when above 10 h
-- (20 h with dispensation on the week's Sunday). Dated the week's Sunday. Weeks in which the person
-- has working time are checked.
-- Grain: person x week with a breach. Key: (employee_key, breach_date).
with week_totals as (
    select * from intermediate.int_aml__week_totals
),

rules as (
    select * from intermediate.int_aml__rules
    where rule_id = 'OVERTIME_WEEK'
),

checked as (
    select
        week_totals.employee_key,
        rules.rule_id,
        week_totals.week_sunday_date as breach_date,
        week_totals.overtime_hours as measured_value,
        case when week_totals.has_aml_dispensation
            then rules.limit_with_dispensation_value else rules.limit_value end as limit_value,
        week_totals.has_aml_dispensation,
    from week_totals
    cross join rules
),

final as (
    select * from checked
    where measured_value > limit_value
)

select * from final
